/** ABTK, plaque and Action Pack orders, invoices, payments and shipments (R-ABTK, R-PLQ). */
@ApplicationModule(displayName = "ordering", allowedDependencies = {"activity", "competency", "membership",
    "notification", "organization", "people", "platform", "web"})
package org.pmc.ordering;

import org.springframework.modulith.ApplicationModule;
