package org.pmc.people.internal;

/** How far the invitations awaiting a profile got: mailed, waiting for their mail job, failed. */
public record InvitationProgress(long sent, long pending, long failed) {

  public long total() {
    return sent + pending + failed;
  }
}
