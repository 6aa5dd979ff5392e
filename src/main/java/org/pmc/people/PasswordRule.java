package org.pmc.people;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a password someone chooses must be, wherever one is set (registration, the invitation page): at
 * least {@value #MIN_LENGTH} characters and at most {@value #MAX_BYTES} bytes in UTF-8, not one of the passwords breached most often (a short list shipped
 * with the app: {@code security/common-passwords.txt}), and not containing the person's own address or its
 * part before the {@code @}.
 */
public final class PasswordRule {

  public static final int MIN_LENGTH = 8;
  /** Issue 14: BCrypt reads no more than 72 bytes and refuses longer input, so longer is refused here first. */
  public static final int MAX_BYTES = 72;
  /** A local part shorter than this ("jo") is too common a string to refuse. */
  private static final int MIN_LOCAL_PART = 4;
  private static final Set<String> COMMON = load("/security/common-passwords.txt");

  private PasswordRule() {}

  /** Why this password may not be used, or empty when it may (a missing one is for {@code @NotBlank}). */
  public static Optional<String> problem(String password, String email) {
    if (password == null || password.isEmpty()) {
      return Optional.empty();
    }
    if (tooShort(password)) {
      return Optional.of("must be at least " + MIN_LENGTH + " characters");
    }
    if (tooLong(password)) {
      return Optional.of("must be at most " + MAX_BYTES + " bytes (UTF-8; fewer characters outside ASCII)");
    }
    if (common(password)) {
      return Optional.of("is one of the most common passwords; choose another");
    }
    if (containsAddress(password, email)) {
      return Optional.of("must not contain your email address");
    }
    return Optional.empty();
  }

  // The three parts of the rule one by one, for Camunda's password policy of staff (StaffPasswordPolicy).

  public static boolean tooShort(String password) {
    return password.length() < MIN_LENGTH;
  }

  public static boolean tooLong(String password) {
    return password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES;
  }

  public static boolean common(String password) {
    return COMMON.contains(password.toLowerCase(Locale.ROOT));
  }

  /** Whether the password contains the address or its part before the {@code @}; false without an address. */
  public static boolean containsAddress(String password, String email) {
    String address = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    if (address.isEmpty()) {
      return false;
    }
    String lower = password.toLowerCase(Locale.ROOT);
    String local = address.contains("@") ? address.substring(0, address.indexOf('@')) : address;
    return lower.contains(address) || local.length() >= MIN_LOCAL_PART && lower.contains(local);
  }

  private static Set<String> load(String resource) {
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(
        PasswordRule.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
      return lines.lines().map(String::trim).filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
