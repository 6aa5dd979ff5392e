/** Customer references and their confirmation by the customer (R-REF). */
@ApplicationModule(displayName = "reference", allowedDependencies = {"activity", "competency", "notification",
    "organization", "people", "platform", "web"})
package org.pmc.reference;

import org.springframework.modulith.ApplicationModule;
