/** Sign-in for portal, API, Camunda and engine REST; sessions, throttling, rate limits, production settings. */
@ApplicationModule(displayName = "security", allowedDependencies = {"organization", "people", "platform",
    "web"})
package org.pmc.security;

import org.springframework.modulith.ApplicationModule;
