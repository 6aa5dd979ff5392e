/** Demo organization and default users (demo mode only). */
@ApplicationModule(displayName = "demo", allowedDependencies = {"notification", "organization", "people", "platform"})
package org.pmc.demo;

import org.springframework.modulith.ApplicationModule;
