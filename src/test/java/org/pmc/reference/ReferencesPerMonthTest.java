package org.pmc.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.IntegrationTest;
import org.pmc.MovableClock;
import org.pmc.TestPartners;
import org.pmc.TestPartners.Partner;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The home page's chart of references (R-REF-4): those created in each of the last 12 months, by their status now,
 * in the program's time zone (the clock's, UTC), counted in one query.
 */
class ReferencesPerMonthTest extends IntegrationTest {

  @Autowired
  TestPartners partners;
  @Autowired
  StoredReferences stored;
  @Autowired
  CustomerReferenceService references;
  @Autowired
  MovableClock clock;

  Partner partner;
  YearMonth now;

  @BeforeEach
  void partner() {
    partner = partners.register("DE");
    now = YearMonth.now(clock);
  }

  @Test
  @DisplayName("R-REF-4: a month runs from its first instant to the next month's; 12 months back, no further")
  void countsPerMonthAndStatus() {
    stored.store(partner, ReferenceStatus.APPROVED, start(now));
    stored.store(partner, ReferenceStatus.APPROVED, start(now).plusSeconds(60));
    stored.store(partner, ReferenceStatus.DECLINED, start(now).minusSeconds(1)); // the month before
    stored.store(partner, ReferenceStatus.AWAITING_CUSTOMER, start(now.minusMonths(3)));
    stored.store(partner, ReferenceStatus.EXPIRED, start(now.minusMonths(11)));
    stored.store(partner, ReferenceStatus.WITHDRAWN, start(now.minusMonths(11)).minusSeconds(1)); // 12 months ago

    ReferencesPerMonth perMonth = references.perMonth(partner.organizationId());

    assertThat(perMonth.months()).hasSize(12).startsWith(now.minusMonths(11)).endsWith(now);
    assertThat(perMonth.counts().get(ReferenceStatus.APPROVED)).isEqualTo(onlyIn(11, 2));
    assertThat(perMonth.counts().get(ReferenceStatus.DECLINED)).isEqualTo(onlyIn(10, 1));
    assertThat(perMonth.counts().get(ReferenceStatus.AWAITING_CUSTOMER)).isEqualTo(onlyIn(8, 1));
    assertThat(perMonth.counts().get(ReferenceStatus.EXPIRED)).isEqualTo(onlyIn(0, 1));
    assertThat(perMonth.counts().get(ReferenceStatus.WITHDRAWN)).isEqualTo(onlyIn(0, 0));
    assertThat(perMonth.counts().keySet()).containsExactly(ReferenceStatus.values());
    assertThat(perMonth.none()).isFalse();
  }

  @Test
  @DisplayName("R-REF-4: another organization's references are never counted")
  void onlyTheOrganizationsOwn() {
    Partner other = partners.register("FR");
    stored.store(other, ReferenceStatus.APPROVED, start(now));
    stored.store(other, ReferenceStatus.DECLINED, start(now.minusMonths(1)));

    ReferencesPerMonth perMonth = references.perMonth(partner.organizationId());

    assertThat(perMonth.none()).isTrue();
    assertThat(references.perMonth(other.organizationId()).counts().get(ReferenceStatus.APPROVED))
        .isEqualTo(onlyIn(11, 1));
  }

  private static Instant start(YearMonth month) {
    return month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /** Twelve monthly counts, all 0 but {@code count} at {@code index} (0: 11 months ago, 11: this month). */
  private static List<Long> onlyIn(int index, long count) {
    List<Long> counts = new ArrayList<>(Collections.nCopies(12, 0L));
    counts.set(index, count);
    return counts;
  }
}
