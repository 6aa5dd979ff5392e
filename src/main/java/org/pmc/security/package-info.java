/** Sign-in for portal, staff console, API, Camunda and engine REST; sessions, throttling, rate limits, production settings. */
@ApplicationModule(displayName = "security", allowedDependencies = {"activity", "organization", "people",
    "platform", "web"})
package org.pmc.security;

import org.springframework.modulith.ApplicationModule;
