/** Outgoing mail as jobs, signed links, mail quotas, the embedded SMTP server. */
@ApplicationModule(displayName = "notification", allowedDependencies = "web")
package org.pmc.notification;

import org.springframework.modulith.ApplicationModule;
