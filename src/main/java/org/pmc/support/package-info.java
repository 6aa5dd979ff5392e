/** Support topics, self-help, tickets and their escalation (R-SUP). */
@ApplicationModule(displayName = "support", allowedDependencies = {"activity", "notification", "organization",
    "people", "platform", "web"})
package org.pmc.support;

import org.springframework.modulith.ApplicationModule;
