package org.pmc.competency.internal;

/**
 * What the organization's contacts are told about renewal (issue: window open, reminders at 30 and 7 days); the
 * subject is the bundle's {@code mail.renewal-notice.subject.<name>}.
 */
public enum RenewalNotice {
  WINDOW_OPEN,
  FIRST_REMINDER,
  LAST_REMINDER
}
