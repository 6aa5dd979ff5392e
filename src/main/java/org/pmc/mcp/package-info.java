/** The MCP registry, certifications and associations with organizations (R-MCP). */
@ApplicationModule(displayName = "mcp", allowedDependencies = {"activity", "competency", "notification",
    "organization", "people", "platform", "web"})
package org.pmc.mcp;

import org.springframework.modulith.ApplicationModule;
