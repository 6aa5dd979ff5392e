package org.pmc.competency.internal;

/** What the organization's contacts are told about renewal (issue: window open, reminders at 30 and 7 days). */
public enum RenewalNotice {
  WINDOW_OPEN("Your re-enrollment window is open"),
  FIRST_REMINDER("30 days to your program anniversary"),
  LAST_REMINDER("7 days to your program anniversary");

  private final String subject;

  RenewalNotice(String subject) {
    this.subject = subject;
  }

  String subject() {
    return subject;
  }
}
