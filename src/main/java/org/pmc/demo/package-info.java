/** Demo organizations and default users (demo mode only). */
@ApplicationModule(displayName = "demo", allowedDependencies = {"competency", "mcp", "membership", "notification",
    "ordering", "organization", "people", "platform", "reference", "review", "support", "web"})
package org.pmc.demo;

import org.springframework.modulith.ApplicationModule;
