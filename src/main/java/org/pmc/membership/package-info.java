/** License statement, level benefits, software and product keys (R-MEM). */
@ApplicationModule(displayName = "membership", allowedDependencies = {"activity", "organization", "people",
    "web"})
package org.pmc.membership;

import org.springframework.modulith.ApplicationModule;
