/** The partner portal's home page: a dashboard of what waits, money, competencies and charts. */
@ApplicationModule(displayName = "portal", allowedDependencies = {"competency", "membership", "ordering", "organization",
    "people", "reference", "requests", "web"})
package org.pmc.portal;

import org.springframework.modulith.ApplicationModule;
