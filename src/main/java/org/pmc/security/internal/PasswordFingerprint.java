package org.pmc.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 of a stored password hash: what a session or a remembered API sign-in keeps instead of the hash
 * itself, so any change of the stored hash (a new password) no longer matches and ends them (issue 13).
 */
final class PasswordFingerprint {

  private PasswordFingerprint() {}

  static String of(String passwordHash) {
    return sha256(String.valueOf(passwordHash));
  }

  /** SHA-256 of the parts, each ended by a zero byte so that ("ab", "c") and ("a", "bc") differ. */
  static String sha256(String... parts) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String part : parts) {
        sha.update(part.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
