/** The activity log: who changed what and when; its page, API and CSV export. */
@ApplicationModule(displayName = "activity", allowedDependencies = {"platform", "web"})
package org.pmc.activity;

import org.springframework.modulith.ApplicationModule;
