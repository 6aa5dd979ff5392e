/** RSC reviews of location dissociation and organization merge (R-LOC-5, R-LOC-7). */
@ApplicationModule(displayName = "review", allowedDependencies = {"activity", "competency", "mcp",
    "notification", "ordering", "organization", "people", "platform", "reference", "web"})
package org.pmc.review;

import org.springframework.modulith.ApplicationModule;
