package org.pmc.people.internal;

/**
 * Issue 13: an invitation link whose mail was followed by a newer one (a resend or the reminder). Its signature
 * is good, but only the latest mail's link lets the person in: a resend revokes the links sent before it.
 */
class ReplacedInvitationLink extends RuntimeException {

  ReplacedInvitationLink() {
    super("This invitation link was replaced by a newer one. Use the link in the latest invitation email, "
        + "or ask your organization's admin to send the invitation again.");
  }
}
