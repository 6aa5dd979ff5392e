package org.pmc.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.pmc.notification.internal.LinkKey;

/**
 * R-REF-7, R-PPL-4: signed link tokens. A token is good only as it was made, for its purpose, until it
 * expires; anything else is refused as an invalid link (400 or 410 on the page), never another exception.
 */
class SignedLinksPropertiesTest {

  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
  private static final String BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.";

  private final SignedLinks links = links("the-link-secret");

  @Property
  @Label("a token made for a purpose and an unexpired time gives back its subject")
  void aTokenGivesBackItsSubject(@ForAll("purposes") String purpose, @ForAll("subjects") UUID subject,
      @ForAll @LongRange(min = 1, max = 400L * 24 * 3600) long secondsLeft) {
    assertThat(links.verify(links.token(purpose, subject, NOW.plusSeconds(secondsLeft)), purpose))
        .isEqualTo(subject);
  }

  @Property
  @Label("any token with one character changed is refused as not valid")
  void aTamperedTokenIsRefused(@ForAll("purposes") String purpose, @ForAll("subjects") UUID subject,
      @ForAll @IntRange(min = 0, max = 10_000) int position, @ForAll("base64url") char replacement) {
    String token = links.token(purpose, subject, NOW.plusSeconds(3600));
    int at = position % token.length();
    if (token.charAt(at) == replacement) {
      return;
    }
    String tampered = token.substring(0, at) + replacement + token.substring(at + 1);
    assertThatThrownBy(() -> links.verify(tampered, purpose)).isInstanceOf(InvalidLink.class)
        .satisfies(e -> assertThat(((InvalidLink) e).expired()).isFalse());
  }

  @Property
  @Label("an expired token is refused as expired")
  void anExpiredTokenIsRefusedAsExpired(@ForAll("purposes") String purpose, @ForAll("subjects") UUID subject,
      @ForAll @LongRange(min = 1, max = 10L * 365 * 24 * 3600) long secondsAgo) {
    String token = links.token(purpose, subject, NOW.minusSeconds(secondsAgo));
    assertThatThrownBy(() -> links.verify(token, purpose)).isInstanceOf(InvalidLink.class)
        .satisfies(e -> assertThat(((InvalidLink) e).expired()).isTrue());
  }

  @Property
  @Label("a token for another purpose, or signed with another secret, is refused")
  void aForeignTokenIsRefused(@ForAll("purposes") String purpose, @ForAll("purposes") String other,
      @ForAll("subjects") UUID subject) {
    Instant later = NOW.plusSeconds(3600);
    if (!purpose.equals(other)) {
      assertThatThrownBy(() -> links.verify(links.token(other, subject, later), purpose))
          .isInstanceOf(InvalidLink.class);
    }
    assertThatThrownBy(() -> links.verify(links("another-secret").token(purpose, subject, later), purpose))
        .isInstanceOf(InvalidLink.class);
  }

  @Property
  @Label("issue 13: while a rotation is under way the previous key's tokens verify, and the current key's always")
  void thePreviousKeyVerifiesUntilItIsRemoved(@ForAll("secrets") String previous, @ForAll("secrets") String current,
      @ForAll("purposes") String purpose, @ForAll("subjects") UUID subject) {
    if (previous.equals(current)) {
      return;
    }
    Instant later = NOW.plusSeconds(3600);
    String signedBefore = links(previous).token(purpose, subject, later);
    SignedLinks rotating = links(current, previous);
    SignedLinks rotated = links(current, null);
    assertThat(rotating.verify(signedBefore, purpose)).isEqualTo(subject);
    assertThat(rotating.verify(rotating.token(purpose, subject, later), purpose)).isEqualTo(subject);
    assertThat(rotated.verify(rotating.token(purpose, subject, later), purpose)).isEqualTo(subject);
    assertThatThrownBy(() -> rotated.verify(signedBefore, purpose)).isInstanceOf(InvalidLink.class)
        .hasMessage("This link is not valid.");
  }

  @Property
  @Label("issue 13: a token naming a key id no configured key has is refused, whichever key signed it")
  void anUnknownKeyIdIsRefused(@ForAll("keyIds") String keyId, @ForAll("purposes") String purpose,
      @ForAll("subjects") UUID subject) {
    SignedLinks rotating = links("the-link-secret", "the-previous-secret");
    String payload = purpose + ":" + subject + ":" + NOW.plusSeconds(3600).getEpochSecond() + ":" + keyId;
    for (String secret : new String[] {"the-link-secret", "the-previous-secret"}) {
      if (new LinkKey(secret).id().equals(keyId)) {
        return;
      }
      String token = new LinkKey(secret).token(payload.getBytes(StandardCharsets.UTF_8));
      assertThatThrownBy(() -> rotating.verify(token, purpose)).isInstanceOf(InvalidLink.class)
          .hasMessage("This link is not valid.");
    }
  }

  @Property(tries = 2000)
  @Label("garbage of any kind is refused as an invalid link, never with another exception")
  void garbageIsRefused(@ForAll("garbage") String garbage, @ForAll("purposes") String purpose) {
    assertThatThrownBy(() -> links.verify(garbage, purpose)).isInstanceOf(InvalidLink.class);
  }

  @Property(tries = 20)
  @Label("the link secret never shows in the settings' text (a log line or an error message)")
  void theSecretDoesNotShow(@ForAll("secrets") String secret) {
    assertThat(new NotificationProperties("http://localhost", secret, "pmc@example.org", secret + "-old")
        .toString()).doesNotContain(secret);
  }

  @Provide
  Arbitrary<String> secrets() {
    return Arbitraries.strings().alpha().numeric().ofMinLength(12).ofMaxLength(40);
  }

  @Provide
  Arbitrary<String> keyIds() {
    return Arbitraries.strings().withChars("0123456789abcdef").ofLength(8);
  }

  @Provide
  Arbitrary<String> purposes() {
    return Arbitraries.of("reference-answer", "invitation", "mcp-invitation", "review-question");
  }

  @Provide
  Arbitrary<UUID> subjects() {
    return Arbitraries.create(UUID::randomUUID);
  }

  @Provide
  Arbitrary<Character> base64url() {
    return Arbitraries.of(BASE64URL.chars().mapToObj(c -> (char) c).toList());
  }

  @Provide
  Arbitrary<String> garbage() {
    Arbitrary<String> tokenLike = Arbitraries.strings().withChars(BASE64URL).ofMaxLength(200);
    Arbitrary<String> twoParts = Arbitraries.strings().withChars(BASE64URL.replace(".", "")).ofMaxLength(80)
        .list().ofSize(2).map(parts -> String.join(".", parts));
    return Arbitraries.oneOf(tokenLike, twoParts, Arbitraries.strings().ofMaxLength(200), Arbitraries.just(""));
  }

  private static SignedLinks links(String secret) {
    return links(secret, null);
  }

  private static SignedLinks links(String secret, String previous) {
    return new SignedLinks(new NotificationProperties("http://localhost", secret, "pmc@example.org", previous),
        Clock.fixed(NOW, ZoneOffset.UTC));
  }
}
