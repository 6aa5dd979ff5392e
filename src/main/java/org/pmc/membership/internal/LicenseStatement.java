package org.pmc.membership.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.pmc.membership.Benefit;
import org.pmc.organization.MembershipLevel;
import org.pmc.organization.OrganizationView;

/**
 * R-MEM-2: what the membership includes, when it expires and how to renew it, and what each higher
 * level would add. R-SW-3: ABTK benefits are bought per location and are not part of it; the statement
 * says so, so nobody takes it for the whole picture.
 */
public record LicenseStatement(MembershipLevel membershipLevel, LocalDate expiresOn, Renewal renewal,
    List<Benefit> benefits, List<UpgradeOption> upgradeComparison, String note) {

  /** The yearly fees "How to renew" names (R-MEM-3), in USD. */
  public static final BigDecimal ACTION_PACK_FEE_USD = new BigDecimal("475.00");
  public static final BigDecimal SILVER_FEE_USD = new BigDecimal("1670.00");
  public static final BigDecimal GOLD_FEE_USD = new BigDecimal("4730.00");

  /** R-SW-3. */
  static final String NOTE = "This statement may not show benefits from Additional Benefit Toolkits (ABTKs).";

  /**
   * The statement of an organization on a given day. Levels rank in the order they are declared
   * (Network lowest, gold cloud highest); every level above the current one is offered for comparison.
   */
  public static LicenseStatement of(OrganizationView organization, Map<MembershipLevel, List<Benefit>> benefitsByLevel,
      LocalDate today) {
    MembershipLevel level = organization.membershipLevel();
    List<Benefit> current = benefitsByLevel.getOrDefault(level, List.of());
    Map<String, Integer> held = current.stream().collect(Collectors.toMap(Benefit::code, Benefit::quantity));
    List<UpgradeOption> upgrades = Arrays.stream(MembershipLevel.values())
        .filter(higher -> higher.compareTo(level) > 0)
        .map(higher -> new UpgradeOption(higher, benefitsByLevel.getOrDefault(higher, List.of()).stream()
            .map(benefit -> new ComparedBenefit(benefit.code(), benefit.title(), benefit.quantity(),
                held.getOrDefault(benefit.code(), 0)))
            .toList()))
        .toList();
    return new LicenseStatement(level, organization.anniversaryDate(),
        Renewal.of(level, organization.reenrollmentWindowStart(), organization.anniversaryDate(), today), current,
        upgrades, NOTE);
  }

  /**
   * R-MEM-2, R-MEM-3: the membership expires on the anniversary unless renewed in the re-enrollment
   * window; a negative {@code daysUntilExpiry} means it has expired.
   */
  public record Renewal(LocalDate reenrollmentWindowStart, String howToRenew, long daysUntilExpiry) {

    static Renewal of(MembershipLevel level, LocalDate windowStart, LocalDate expiresOn, LocalDate today) {
      String window = "between " + windowStart + " and " + expiresOn;
      String howTo = switch (level) {
        case NETWORK -> "Network membership costs nothing: review and confirm your organization's profile "
            + window + " to keep it for another program year.";
        case ACTION_PACK -> "Renew the Action Pack subscription (475.00 USD a year) " + window
            + ", in the re-enrollment window before your anniversary.";
        case SILVER, GOLD, GOLD_CLOUD -> "Re-enroll " + window + ": keep each competency's requirements met "
            + "and pay its yearly fee (silver 1,670.00 USD, gold 4,730.00 USD).";
      };
      return new Renewal(windowStart, howTo, ChronoUnit.DAYS.between(today, expiresOn));
    }
  }

  /** A higher level and everything it includes, next to what the organization has now. */
  public record UpgradeOption(MembershipLevel level, List<ComparedBenefit> benefits) {}

  /** One benefit of a higher level: its quantity there, and the quantity held now (0 if none). */
  public record ComparedBenefit(String code, String title, int quantity, int currentQuantity) {}
}
