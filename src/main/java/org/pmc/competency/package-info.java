/** Competencies of locations, their requirements and renewal (R-COMP, R-MEM). */
@ApplicationModule(displayName = "competency", allowedDependencies = {"activity", "notification", "organization",
    "people", "web"})
package org.pmc.competency;

import org.springframework.modulith.ApplicationModule;
