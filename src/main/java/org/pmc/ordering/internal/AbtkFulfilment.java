package org.pmc.ordering.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pmc.activity.ActivityLog;
import org.pmc.competency.Competency;
import org.pmc.competency.CompetencyGained;
import org.pmc.competency.CompetencyLevel;
import org.pmc.competency.CompetencyStanding;
import org.pmc.ordering.internal.AbtkBenefits;
import org.pmc.organization.AnniversaryExtended;
import org.pmc.organization.OrganizationService;
import org.pmc.platform.ProcessMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What follows the payment of an ABTK order or upgrade, step by step of {@code abtk-order}: fulfilment with kits
 * and benefits (R-ABTK-13, R-ABTK-15, R-ABTK-17), update kits for competencies gained later (R-ABTK-14), and the
 * expiry of the benefits on the anniversary (R-ABTK-10), moved when the anniversary is extended (R-ABTK-11).
 * Every step may run again (a retried job) without shipping or granting twice.
 */
@Service
public class AbtkFulfilment {

  private static final Logger log = LoggerFactory.getLogger(AbtkFulfilment.class);

  private final JdbcClient jdbc;
  private final AbtkOrders orders;
  private final AbtkBenefits benefits;
  private final OrganizationService organizations;
  private final CompetencyStanding competencies;
  private final Shipments shipments;
  private final ProcessMessages messages;
  private final ActivityLog activity;

  AbtkFulfilment(JdbcClient jdbc, AbtkOrders orders, AbtkBenefits benefits, OrganizationService organizations,
      CompetencyStanding competencies, Shipments shipments, ProcessMessages messages, ActivityLog activity) {
    this.jdbc = jdbc;
    this.orders = orders;
    this.benefits = benefits;
    this.organizations = organizations;
    this.competencies = competencies;
    this.shipments = shipments;
    this.messages = messages;
    this.activity = activity;
  }

  /**
   * A paid order is fulfilled once. An ABTK (R-ABTK-15): a Welcome Kit, the competency kit of every competency
   * ACTIVE_EARNED or ACTIVE_PRE_APPROVED at the location, and the benefits of the core set and of those
   * competencies at its level. An upgrade (R-ABTK-12, R-ABTK-13): what gold adds to silver, and an upgrade kit
   * only when the silver ABTK it upgrades was paid too.
   */
  @Transactional
  public void fulfil(UUID orderId) {
    Optional<AbtkOrders.Row> found = orders.row(orderId);
    int changed = jdbc.sql("""
        update abtk_order set status = 'FULFILLED', version = version + 1 where id = ? and status = 'PAID'""")
        .param(orderId).update();
    if (found.isEmpty() || changed == 0) {
      log.info("ABTK order {} is not PAID: nothing to fulfil", orderId);
      return;
    }
    AbtkOrders.Row order = found.get();
    List<Competency> active = activeCompetencies(order);
    List<String> covered = withCore(active);
    if ("UPGRADE".equals(order.kind())) {
      benefits.grant(order, country(order), benefits.upgrade(covered));
      boolean silverPaid = orders.row(order.upgradeOf()).map(AbtkOrders.Row::paid).orElse(false);
      if (silverPaid) {
        ship(order, "UPGRADE_KIT", "Upgrade kit: silver to gold ABTK");
      }
      activity.record(order.organizationId(), "ABTK_FULFILLED", "ABTK_ORDER", orderId, "ABTK upgraded to gold"
          + (silverPaid ? ": upgrade kit shipped" : " (the silver ABTK is unpaid: no upgrade kit)"));
      return;
    }
    ship(order, "WELCOME_KIT", "Welcome Kit (" + order.level() + " ABTK): license codes and other items "
        + "that cannot be downloaded");
    active.forEach(competency -> {
      cover(order, competency);
      ship(order, "COMPETENCY_KIT", "Competency kit: " + competency.title());
    });
    benefits.grant(order, country(order), benefits.entitlement(CompetencyLevel.valueOf(order.level()), covered));
    activity.record(order.organizationId(), "ABTK_FULFILLED", "ABTK_ORDER", orderId,
        order.level() + " ABTK fulfilled: kits shipped, benefits granted until " + order.programYearEnd());
  }

  /**
   * R-ABTK-14: every competency active at the location that the fulfilled ABTK does not cover yet gets its
   * benefits (at the ABTK's level, gold once upgraded) and one update kit. Covered competencies are recorded,
   * so a repeated message ships nothing.
   */
  @Transactional
  public void shipUpdateKits(UUID orderId) {
    AbtkOrders.Row order = orders.row(orderId).orElse(null);
    if (order == null || !"FULFILLED".equals(order.status()) || !"ORDER".equals(order.kind())) {
      return;
    }
    CompetencyLevel level = level(order);
    for (Competency competency : activeCompetencies(order)) {
      if (cover(order, competency)) {
        ship(order, "UPDATE_KIT", "Update kit: " + competency.title());
        benefits.grant(order, country(order), benefits.entitlement(level, List.of(competency.name())));
        activity.record(order.organizationId(), "ABTK_UPDATE_KIT", "ABTK_ORDER", orderId,
            "Update kit shipped for " + competency.title());
      }
    }
  }

  /** R-ABTK-10: on the anniversary the order's benefits expire, and so does the order. */
  @Transactional
  public void expire(UUID orderId) {
    int changed = jdbc.sql("""
        update abtk_order set status = 'EXPIRED', version = version + 1 where id = ? and status = 'FULFILLED'""")
        .param(orderId).update();
    benefits.expire(orderId);
    if (changed > 0) {
      orders.row(orderId).ifPresent(order -> activity.record(order.organizationId(), "ABTK_EXPIRED", "ABTK_ORDER",
          orderId, "ABTK benefits expired on " + order.programYearEnd()));
    }
  }

  /**
   * R-ABTK-11: the program year's orders and their benefits last to the new anniversary; the fulfilled ones
   * re-plan their expiry timer. In the transaction that extends the anniversary.
   */
  @EventListener
  void anniversaryExtended(AnniversaryExtended extended) {
    jdbc.sql("""
        update abtk_order set program_year_end = ?, version = version + 1
        where organization_id = ? and program_year_end = ? and status not in ('CANCELLED', 'EXPIRED')""")
        .params(extended.newDate(), extended.organizationId(), extended.oldDate()).update();
    benefits.extend(extended.organizationId(), extended.oldDate(), extended.newDate());
    jdbc.sql("select id from abtk_order where organization_id = ? and program_year_end = ? and status = 'FULFILLED'")
        .params(extended.organizationId(), extended.newDate()).query(UUID.class).list()
        .forEach(orderId -> messages.deliver(AbtkOrderProcess.ANNIVERSARY_MOVED, orderId.toString()));
  }

  /** R-ABTK-14: a location with a fulfilled ABTK of this program year gained a competency: an update kit. */
  @EventListener
  void competencyGained(CompetencyGained gained) {
    jdbc.sql("""
        select id from abtk_order where location_id = ? and kind = 'ORDER' and status = 'FULFILLED'
        and program_year_end = ?""")
        .params(gained.locationId(), organizations.organization(gained.organizationId()).anniversaryDate())
        .query(UUID.class).list()
        .forEach(orderId -> messages.deliver(AbtkOrderProcess.COMPETENCY_GAINED, orderId.toString()));
  }

  /** R-ABTK-12: an ABTK counts as gold once its upgrade is paid. */
  private CompetencyLevel level(AbtkOrders.Row order) {
    boolean upgraded = jdbc.sql("""
        select count(*) from abtk_order where upgrade_of = ? and status in ('PAID', 'FULFILLED')""")
        .param(order.id()).query(Long.class).single() > 0;
    return upgraded ? CompetencyLevel.GOLD : CompetencyLevel.valueOf(order.level());
  }

  /** Records that the ABTK covers this competency; false if it already did. */
  private boolean cover(AbtkOrders.Row order, Competency competency) {
    return jdbc.sql("""
        insert into abtk_order_competency (order_id, competency) values (?, ?) on conflict do nothing""")
        .params(order.id(), competency.name()).update() > 0;
  }

  private List<Competency> activeCompetencies(AbtkOrders.Row order) {
    return competencies.summary(order.organizationId(), Optional.of(order.locationId())).stream()
        .filter(competency -> competency.locationId().equals(order.locationId()))
        .filter(competency -> competency.status().active())
        .map(competency -> competency.competency())
        .toList();
  }

  private static List<String> withCore(List<Competency> competencies) {
    List<String> names = new ArrayList<>(List.of(AbtkBenefits.CORE));
    competencies.forEach(competency -> names.add(competency.name()));
    return names;
  }

  private String country(AbtkOrders.Row order) {
    return organizations.location(order.organizationId(), order.locationId()).country();
  }

  private void ship(AbtkOrders.Row order, String kind, String items) {
    shipments.ship(order.organizationId(), order.locationId(), order.id(), kind, items);
  }
}
