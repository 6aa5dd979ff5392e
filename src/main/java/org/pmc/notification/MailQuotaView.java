package org.pmc.notification;

import java.time.Instant;

/**
 * An organization's daily mail quota as it stands (issue 14): {@code dailyLimit} mails a UTC day, of which
 * {@code used} are counted today; {@code basis} says where the limit comes from ({@code NEW_ORGANIZATION},
 * {@code TRUSTED} once it paid for anything, {@code SET_BY_STAFF}).
 */
public record MailQuotaView(int dailyLimit, int used, int remaining, Instant resetsAt, Basis basis) {

  public enum Basis { NEW_ORGANIZATION, TRUSTED, SET_BY_STAFF }
}
