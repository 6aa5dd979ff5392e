package org.pmc.people.internal;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * R-PPL-1, R-PPL-6: a semicolon-separated list of addresses, each judged on its own: well-formed and
 * new to the list, or rejected with a reason. Blank entries (a trailing semicolon) are ignored.
 */
public record AddressList(List<String> valid, List<Rejection> rejected) {

  static final int MAX_ADDRESSES = 5000;

  public static AddressList parse(String emails) {
    List<String> valid = new ArrayList<>();
    List<Rejection> rejected = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String raw : emails.split(";")) {
      String email = raw.trim();
      if (email.isEmpty()) {
        continue;
      }
      String key = email.toLowerCase(Locale.ROOT);
      if (!wellFormed(email)) {
        rejected.add(new Rejection(email, "not a valid email address"));
      } else if (!seen.add(key)) {
        rejected.add(new Rejection(email, "listed twice"));
      } else {
        valid.add(key);
      }
    }
    return new AddressList(valid, rejected);
  }

  private static boolean wellFormed(String email) {
    if (email.length() > 254 || email.contains(" ") || !email.contains("@")) {
      return false;
    }
    try {
      new InternetAddress(email, true).validate();
      return email.indexOf('@') > 0 && email.substring(email.indexOf('@') + 1).contains(".");
    } catch (AddressException e) {
      return false;
    }
  }

  /** An address that was not invited, and why. */
  public record Rejection(String email, String reason) {}
}
