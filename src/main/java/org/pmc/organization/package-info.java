/** Organizations and their location hierarchy (R-LOC); partner numbers. */
@ApplicationModule(displayName = "organization", allowedDependencies = {"activity", "notification", "web"})
package org.pmc.organization;

import org.springframework.modulith.ApplicationModule;
