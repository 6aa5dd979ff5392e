/** Infrastructure: embedded PostgreSQL, the clock, process messages, staff names from Camunda identity. */
@ApplicationModule(displayName = "platform", allowedDependencies = {})
package org.pmc.platform;

import org.springframework.modulith.ApplicationModule;
