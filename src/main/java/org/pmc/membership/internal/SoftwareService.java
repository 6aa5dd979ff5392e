package org.pmc.membership.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pmc.activity.ActivityLog;
import org.pmc.membership.internal.ProductKey;
import org.pmc.membership.internal.ProductKeys;
import org.pmc.membership.internal.SoftwareDownload;
import org.pmc.membership.internal.SoftwareFilter;
import org.pmc.membership.internal.SoftwareList;
import org.pmc.membership.internal.SoftwareProduct;
import org.pmc.membership.internal.SoftwareProducts;
import org.pmc.organization.MembershipLevel;
import org.pmc.organization.OrganizationService;
import org.pmc.people.Privilege;
import org.pmc.people.Privileges;
import org.pmc.web.BusinessRuleViolation;
import org.pmc.web.ForbiddenByRule;
import org.pmc.web.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Internal use rights software of the organization's level: the download list, downloads and product
 * keys (R-SW-1, R-SW-2). Each needs its privilege, held by the caller themselves: being an admin grants
 * none (R-ROLE-2), so the download quota (R-ROLE-3) means something.
 */
@Service
public class SoftwareService {

  /** Placeholder of the download service; the catalog holds no binaries. */
  static final String DOWNLOAD_BASE = "https://downloads.pmc.example/software/";

  private static final Logger log = LoggerFactory.getLogger(SoftwareService.class);

  private final SoftwareProducts products;
  private final ProductKeys keys;
  private final OrganizationService organizations;
  private final Privileges privileges;
  private final ActivityLog activity;
  private final Clock clock;

  SoftwareService(SoftwareProducts products, ProductKeys keys, OrganizationService organizations,
      Privileges privileges, ActivityLog activity, Clock clock) {
    this.products = products;
    this.keys = keys;
    this.organizations = organizations;
    this.privileges = privileges;
    this.activity = activity;
    this.clock = clock;
  }

  /**
   * R-SW-1, R-SW-2: the products of the organization's level that match the filter: on-premises
   * software to download, and online services listed apart.
   */
  @Transactional(readOnly = true)
  public SoftwareList software(UUID organizationId, UUID individualId, SoftwareFilter filter) {
    requirePrivilege(organizationId, individualId, Privilege.SOFTWARE_DOWNLOAD, filter.locationId());
    List<SoftwareProduct> available = availableTo(level(organizationId)).stream().filter(filter::matches).toList();
    return new SoftwareList(available.stream().filter(product -> !product.isOnlineService()).toList(),
        available.stream().filter(SoftwareProduct::isOnlineService).toList());
  }

  /**
   * R-SW-1, R-SW-2: where to download one product. Online services have nothing to download, and a
   * product of a higher level is not the organization's to take (R-MEM-2).
   */
  @Transactional(readOnly = true)
  public SoftwareDownload download(UUID organizationId, UUID individualId, UUID productId, UUID locationId) {
    requirePrivilege(organizationId, individualId, Privilege.SOFTWARE_DOWNLOAD, locationId);
    SoftwareProduct product = products.find(productId).orElseThrow(() -> new NotFound("Product", productId));
    if (product.isOnlineService()) {
      throw new BusinessRuleViolation("R-SW-2", product.name()
          + " is an online service: activate it on the Microsoft Online Services page; there is nothing to download");
    }
    MembershipLevel level = level(organizationId);
    if (!product.availableTo(level)) {
      throw new BusinessRuleViolation("R-MEM-2", product.name() + " is not part of the " + level
          + " membership; it comes with " + product.minLevel() + " and above");
    }
    log.info("Individual {} of organization {} downloads {}", individualId, organizationId, product.name());
    return new SoftwareDownload(product.id(), product.name(), DOWNLOAD_BASE + product.id(), product.languages(),
        product.operatingSystems());
  }

  /**
   * R-SW-1: the organization's keys for every product of its level that needs one. Keys are issued on
   * the first view and kept; each issue is in the activity log.
   */
  @Transactional
  public List<ProductKey> productKeys(UUID organizationId, UUID individualId, UUID locationId) {
    requirePrivilege(organizationId, individualId, Privilege.PRODUCT_KEYS, locationId);
    List<SoftwareProduct> keyed = availableTo(level(organizationId)).stream()
        .filter(SoftwareProduct::requiresKey)
        .toList();
    Instant now = clock.instant();
    for (SoftwareProduct product : keyed) {
      if (keys.issueIfAbsent(organizationId, product.id(), now)) {
        activity.record(organizationId, "PRODUCT_KEY_ISSUED", "SOFTWARE_PRODUCT", product.id(),
            "Product key issued for " + product.name());
      }
    }
    Map<UUID, String> issued = keys.of(organizationId);
    return keyed.stream().map(product -> new ProductKey(product.id(), product.name(), issued.get(product.id())))
        .toList();
  }

  /** R-SW-1: whether the individual may see product keys at some location (pages show them only then). */
  public boolean mayViewProductKeys(UUID individualId) {
    return privileges.holds(individualId, Privilege.PRODUCT_KEYS, null);
  }

  /** The categories of the catalog, for choosing a filter. */
  @Transactional(readOnly = true)
  public List<String> categories() {
    return products.all().stream().map(SoftwareProduct::category).distinct().sorted().toList();
  }

  private List<SoftwareProduct> availableTo(MembershipLevel level) {
    return products.all().stream().filter(product -> product.availableTo(level)).toList();
  }

  private MembershipLevel level(UUID organizationId) {
    return organizations.organization(organizationId).membershipLevel();
  }

  /**
   * R-SW-1: the privilege at the given location (which must be an active location of the
   * organization), or at any location when none is given; 403 with the rule otherwise.
   */
  private void requirePrivilege(UUID organizationId, UUID individualId, Privilege privilege, UUID locationId) {
    String where = "at any location of your organization";
    if (locationId != null) {
      where = "at " + organizations.activeLocation(organizationId, locationId, "locationId").name();
    }
    if (!privileges.holds(individualId, privilege, locationId)) {
      throw new ForbiddenByRule("R-SW-1", "This needs the " + privilege + " privilege, and you do not hold it "
          + where + ". An admin of your organization can grant it to you.");
    }
  }
}
