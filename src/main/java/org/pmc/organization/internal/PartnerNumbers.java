package org.pmc.organization.internal;

import java.security.SecureRandom;
import java.util.regex.Pattern;
import org.pmc.organization.internal.Organizations;
import org.springframework.stereotype.Component;

/**
 * R-PPL-8: partner numbers, 7 digits, drawn at random among the free ones. Random rather than counted up:
 * numbers in order would tell anyone how many partners there are and let the partner lookup be walked from
 * one end. Nine million numbers leave room for the program's partners many times over, so a draw is almost
 * always free at once; the unique index settles two registrations drawing the same number at the same moment.
 */
@Component
public class PartnerNumbers {

  /** What a partner number looks like: 7 digits, never a leading zero (it stays 7 digits as a number too). */
  static final Pattern FORMAT = Pattern.compile("[1-9][0-9]{6}");
  private static final int LOWEST = 1_000_000;
  private static final int COUNT = 9_000_000;
  private static final int DRAWS = 20;

  private final Organizations organizations;
  private final SecureRandom random = new SecureRandom();

  PartnerNumbers(Organizations organizations) {
    this.organizations = organizations;
  }

  public String draw() {
    for (int draw = 0; draw < DRAWS; draw++) {
      String number = Integer.toString(LOWEST + random.nextInt(COUNT));
      if (!organizations.existsByPartnerNumber(number)) {
        return number;
      }
    }
    throw new IllegalStateException("No free partner number in " + DRAWS + " draws");
  }
}
