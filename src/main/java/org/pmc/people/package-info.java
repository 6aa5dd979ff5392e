/** Individuals, registration, invitations, association, roles, contacts and privileges (R-PPL, R-ROLE). */
@ApplicationModule(displayName = "people", allowedDependencies = {"activity", "notification", "organization",
    "platform", "web"})
package org.pmc.people;

import org.springframework.modulith.ApplicationModule;
