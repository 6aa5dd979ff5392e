package org.pmc.ordering.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.pmc.activity.ActivityLog;
import org.pmc.ordering.internal.Invoices.Billed;
import org.pmc.ordering.internal.Invoices.CancelReason;
import org.pmc.people.AdminScope;
import org.pmc.platform.ProcessMessages;
import org.pmc.platform.StoredAnswers;
import org.pmc.web.BusinessRuleViolation;
import org.pmc.web.ForbiddenByRule;
import org.pmc.web.NotFound;
import org.pmc.web.PortalUser;
import org.pmc.web.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-ABTK-19: an unpaid order of any type is cancelled with its open invoice, at its due date (await-payment's "Cancel
 * the unpaid order") or by an admin who may order for its location. Either locks the invoice first, as a payment
 * does, so of a payment and a cancellation at the same moment exactly one wins. A cancellation by an admin is stored
 * first, then {@value #MESSAGE} tells the waiting await-payment instance (business key: the order id), which mails
 * the billing contact; a missed message is redelivered ({@link StoredAnswers}).
 */
@Service
public class OrderCancellations implements StoredAnswers {

  static final String MESSAGE = "orderCancelled";
  private static final String RULE = "R-ABTK-19";

  /** What the activity log calls each order type's cancellation. */
  private record Logged(String type, String entity, String what) {}

  private static final Map<OrderType, Logged> LOGGED = Map.of(
      OrderType.ABTK, new Logged("ABTK_CANCELLED", "ABTK_ORDER", "ABTK order"),
      OrderType.PLAQUE, new Logged("PLAQUES_CANCELLED", "PLAQUE_ORDER", "Plaque order"),
      OrderType.ACTION_PACK, new Logged("ACTION_PACK_CANCELLED", "ACTION_PACK_ORDER", "Action Pack order"),
      OrderType.RENEWAL, new Logged("RENEWAL_CANCELLED", "RENEWAL", "Membership renewal"));

  private final JdbcClient jdbc;
  private final Invoices invoices;
  private final OrderStatusChanges statuses;
  private final AdminScope adminScope;
  private final ActivityLog activity;
  private final ProcessMessages messages;

  OrderCancellations(JdbcClient jdbc, Invoices invoices, OrderStatusChanges statuses, AdminScope adminScope,
      ActivityLog activity, ProcessMessages messages) {
    this.jdbc = jdbc;
    this.invoices = invoices;
    this.statuses = statuses;
    this.adminScope = adminScope;
    this.activity = activity;
    this.messages = messages;
  }

  /**
   * The due date passed: whether the order ends cancelled (false: a payment came first and the order is paid).
   * An order an admin cancelled meanwhile stays cancelled. R-ABTK-12: a silver ABTK takes its unpaid upgrade with
   * it, so no invoice is left open for an upgrade of nothing.
   */
  @Transactional
  public boolean cancelUnpaid(UUID orderId) {
    Billed billed = invoices.billed(invoices.idOf(orderId));
    invoices.lockOf(orderId);
    if (cancel(billed, CancelReason.UNPAID, null, "the invoice was not paid by its due date")) {
      tell(upgradesOf(billed, null));
      return true;
    }
    return statuses.status(billed.orderType(), orderId).filter("CANCELLED"::equals).isPresent();
  }

  /**
   * An admin cancels an unpaid order: 404 for an unknown or another organization's order, 403 for who may not order
   * for its location (R-ABTK-8; an organization's own order such as the Action Pack: a global admin), 409 for an
   * order that is not awaiting payment (paid, fulfilled, or cancelled already). Returns the orders cancelled (with
   * an ABTK's unpaid upgrade), whose processes {@link #tell} after the commit.
   */
  @Transactional
  public List<UUID> cancel(UUID organizationId, PortalUser user, UUID orderId) {
    Billed billed = invoices.ofOrder(organizationId, orderId).orElseThrow(() -> new NotFound("Order", orderId));
    if (!mayCancel(user, billed.orderType(), orderId, adminScope.administered(user))) {
      throw new ForbiddenByRule(RULE, "An unpaid order can be cancelled by an admin who may order for its location:"
          + " a global admin for any, a location admin for the locations they manage (R-ABTK-8)");
    }
    invoices.lockOf(orderId);
    if (!cancel(billed, CancelReason.ADMIN, user.email(), "cancelled by an admin")) {
      String status = statuses.status(billed.orderType(), orderId).orElseThrow();
      throw new BusinessRuleViolation(RULE, "Only an unpaid order can be cancelled; this one is " + status);
    }
    List<UUID> cancelled = new ArrayList<>(List.of(orderId));
    cancelled.addAll(upgradesOf(billed, user.email()));
    return cancelled;
  }

  /** Tells the waiting await-payment instances, after the cancellation is committed; none waiting is fine. */
  public void tell(List<UUID> orderIds) {
    orderIds.forEach(orderId -> messages.deliver(MESSAGE, orderId.toString()));
  }

  /**
   * R-ABTK-19, R-ABTK-8: who may cancel this order; {@code administered} is the user's locations. An ABTK is its
   * location's, plates and plaques are each item's location's; any other order is the organization's.
   */
  boolean mayCancel(PortalUser user, OrderType type, UUID orderId, Predicate<UUID> administered) {
    if (user.role() != Role.LOCATION_ADMIN) {
      return user.role() == Role.GLOBAL_ADMIN;
    }
    List<UUID> locations = switch (type) {
      case ABTK -> jdbc.sql("select location_id from abtk_order where id = ?").param(orderId).query(UUID.class).list();
      case PLAQUE -> jdbc.sql("select distinct location_id from plaque_order_item where order_id = ?").param(orderId)
          .query(UUID.class).list();
      default -> List.of();
    };
    return !locations.isEmpty() && locations.stream().allMatch(administered);
  }

  private boolean cancel(Billed billed, CancelReason reason, String by, String why) {
    UUID orderId = billed.invoice().orderId();
    if (!statuses.cancelUnpaid(billed.orderType(), orderId, reason, by)) {
      return false;
    }
    Logged logged = LOGGED.get(billed.orderType());
    activity.record(billed.organizationId(), logged.type(), logged.entity(), orderId,
        logged.what() + " cancelled: " + why);
    return true;
  }

  /** R-ABTK-12: a cancelled silver ABTK's unpaid upgrades are cancelled with it; the ones this call cancelled. */
  private List<UUID> upgradesOf(Billed silver, String by) {
    if (silver.orderType() != OrderType.ABTK) {
      return List.of();
    }
    List<UUID> cancelled = new ArrayList<>();
    for (UUID upgrade : jdbc.sql("select id from abtk_order where upgrade_of = ? order by id")
        .param(silver.invoice().orderId()).query(UUID.class).list()) {
      invoices.lockOf(upgrade);
      if (cancel(invoices.billed(invoices.idOf(upgrade)), CancelReason.WITH_SILVER, by,
          "cancelled with the silver ABTK it upgrades")) {
        cancelled.add(upgrade);
      }
    }
    return cancelled;
  }

  @Override
  public String message() {
    return MESSAGE;
  }

  /** A cancelled invoice: its order is cancelled. */
  @Override
  public Source source() {
    return new Source("invoice", "order_id", "status = 'CANCELLED'");
  }
}
