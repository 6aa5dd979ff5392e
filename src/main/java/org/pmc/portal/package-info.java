/** The partner portal's home page. */
@ApplicationModule(displayName = "portal", allowedDependencies = {"membership", "organization", "people", "reference",
    "web"})
package org.pmc.portal;

import org.springframework.modulith.ApplicationModule;
