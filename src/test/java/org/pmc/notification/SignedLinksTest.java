package org.pmc.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.notification.internal.LinkKey;

/** Tokens in email links are signed, bound to one purpose and subject, and expire (R-REF-7). */
class SignedLinksTest {

  private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
  private final SignedLinks links = links("secret", null);

  @Test
  void aTokenNamesItsSubjectForItsPurposeUntilItExpires() {
    UUID subject = UUID.randomUUID();
    String url = links.url("/r", "reference-answer", subject, NOW.plusSeconds(60));
    assertThat(url).startsWith("https://pmc.example/r/");
    assertThat(links.verify(url.substring(url.lastIndexOf('/') + 1), "reference-answer")).isEqualTo(subject);
  }

  @Test
  void anotherKeyAnotherPurposeOrAPassedExpiryIsRefused() {
    UUID subject = UUID.randomUUID();
    String token = links.token("reference-answer", subject, NOW.plusSeconds(60));
    SignedLinks otherKey = links("other", null);
    assertThatThrownBy(() -> otherKey.verify(token, "reference-answer")).isInstanceOf(InvalidLink.class);
    assertThatThrownBy(() -> links.verify(token, "invitation")).isInstanceOf(InvalidLink.class);
    assertThatThrownBy(() -> links.verify(links.token("reference-answer", subject, NOW.minusSeconds(1)),
        "reference-answer")).isInstanceOf(InvalidLink.class).matches(e -> ((InvalidLink) e).expired());
    assertThatThrownBy(() -> links.verify("a.b.c", "reference-answer")).isInstanceOf(InvalidLink.class);
    assertThatThrownBy(() -> links.verify("!!!.???", "reference-answer")).isInstanceOf(InvalidLink.class);
  }

  @Test
  @DisplayName("issue 13: a token names the key that signed it, the first 8 hex digits of the key's SHA-256")
  void aTokenNamesItsKey() throws Exception {
    String token = links("the-current-key", "the-previous-key").token("invitation", UUID.randomUUID(), NOW);
    String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[0]),
        StandardCharsets.UTF_8);
    String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
        .digest("the-current-key".getBytes(StandardCharsets.UTF_8)));
    assertThat(payload).endsWith(":" + sha256.substring(0, 8));
  }

  @Test
  @DisplayName("issue 13: the previous key's tokens verify while it is configured, and are not valid once it is removed")
  void thePreviousKeyVerifiesWhileItIsConfigured() {
    UUID subject = UUID.randomUUID();
    String signedBefore = links("old-key", null).token("invitation", subject, NOW.plusSeconds(60));
    SignedLinks rotating = links("new-key", "old-key");
    SignedLinks rotated = links("new-key", null);

    assertThat(rotating.verify(signedBefore, "invitation")).isEqualTo(subject);
    String signedNow = rotating.token("invitation", subject, NOW.plusSeconds(60));
    assertThat(rotating.verify(signedNow, "invitation")).isEqualTo(subject);
    assertThat(rotated.verify(signedNow, "invitation")).isEqualTo(subject);
    assertThatThrownBy(() -> rotated.verify(signedBefore, "invitation")).isInstanceOf(InvalidLink.class)
        .hasMessage("This link is not valid.");
  }

  @Test
  @DisplayName("issue 13: a token naming a key id no configured key has is not valid, even signed with a configured key")
  void anUnknownKeyIdIsNotValid() {
    String payload = "invitation:" + UUID.randomUUID() + ":" + NOW.plusSeconds(60).getEpochSecond() + ":deadbeef";
    String unknownId = new LinkKey("new-key").token(payload.getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> links("new-key", "old-key").verify(unknownId, "invitation"))
        .isInstanceOf(InvalidLink.class).hasMessage("This link is not valid.");
    String unknownKey = links("a-third-key", null).token("invitation", UUID.randomUUID(), NOW.plusSeconds(60));
    assertThatThrownBy(() -> links("new-key", "old-key").verify(unknownKey, "invitation"))
        .isInstanceOf(InvalidLink.class).hasMessage("This link is not valid.");
  }

  @Test
  @DisplayName("issue 13: a token from before key ids verifies under the key that signed it while that key is configured")
  void aTokenFromBeforeKeyIdsVerifiesUnderAConfiguredKey() {
    UUID subject = UUID.randomUUID();
    String payload = "reference-answer:" + subject + ":" + NOW.plusSeconds(60).getEpochSecond();
    String before = new LinkKey("old-key").token(payload.getBytes(StandardCharsets.UTF_8));

    assertThat(links("old-key", null).verify(before, "reference-answer")).isEqualTo(subject);
    assertThat(links("new-key", "old-key").verify(before, "reference-answer")).isEqualTo(subject);
    assertThatThrownBy(() -> links("new-key", null).verify(before, "reference-answer"))
        .isInstanceOf(InvalidLink.class).hasMessage("This link is not valid.");
  }

  private static SignedLinks links(String secret, String previous) {
    return new SignedLinks(new NotificationProperties("https://pmc.example/", secret, "x", previous),
        Clock.fixed(NOW, ZoneOffset.UTC));
  }
}
