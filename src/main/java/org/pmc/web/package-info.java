/** Web kernel: problem answers, paging, and the signed-in partner (PortalUser, Role) every module's pages use. */
@ApplicationModule(displayName = "web", allowedDependencies = {})
package org.pmc.web;

import org.springframework.modulith.ApplicationModule;
