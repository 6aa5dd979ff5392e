package org.pmc.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Tokens in email links are signed, bound to one purpose and subject, and expire (R-REF-7). */
class SignedLinksTest {

  private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
  private final SignedLinks links = new SignedLinks(
      new NotificationProperties("https://pmc.example/", "secret", "x"), Clock.fixed(NOW, ZoneOffset.UTC));

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
    SignedLinks otherKey = new SignedLinks(new NotificationProperties("https://pmc.example", "other", "x"),
        Clock.fixed(NOW, ZoneOffset.UTC));
    assertThatThrownBy(() -> otherKey.verify(token, "reference-answer")).isInstanceOf(InvalidLink.class);
    assertThatThrownBy(() -> links.verify(token, "invitation")).isInstanceOf(InvalidLink.class);
    assertThatThrownBy(() -> links.verify(links.token("reference-answer", subject, NOW.minusSeconds(1)),
        "reference-answer")).isInstanceOf(InvalidLink.class).matches(e -> ((InvalidLink) e).expired());
    assertThatThrownBy(() -> links.verify("a.b.c", "reference-answer")).isInstanceOf(InvalidLink.class);
    assertThatThrownBy(() -> links.verify("!!!.???", "reference-answer")).isInstanceOf(InvalidLink.class);
  }
}
