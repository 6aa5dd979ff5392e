package org.pmc.ordering.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.pmc.competency.Competency;
import org.pmc.competency.CompetencyLevel;
import org.pmc.ordering.internal.AbtkOffers;
import org.pmc.ordering.internal.AbtkOrders;
import org.pmc.ordering.internal.ActionPackOrders;
import org.pmc.ordering.internal.Invoices;
import org.pmc.ordering.internal.NewAbtkOrder;
import org.pmc.ordering.internal.NewPlaqueOrder;
import org.pmc.organization.LocationStatus;
import org.pmc.organization.LocationView;
import org.pmc.organization.OrganizationService;
import org.pmc.organization.OrganizationView;
import org.pmc.people.AdminScope;
import org.pmc.web.BusinessRuleViolation;
import org.pmc.web.InvalidField;
import org.pmc.web.Paging;
import org.pmc.web.PortalMessages;
import org.pmc.web.PortalUser;
import org.pmc.web.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Portal pages of "Orders & Benefits": New Order (ABTK offers per location with prices and the reason when not
 * eligible, R-ABTK-18; plates and plaques, R-PLQ-1..2; Action Pack, R-MEM-1), Orders (cancel an unpaid one,
 * R-ABTK-19; upgrade a paid silver ABTK, R-ABTK-12), Invoices (payment history, paid and unpaid) and Shipments. A
 * refused order shows its rule on the page.
 */
@Controller
@RequestMapping("/portal")
class OrderPortalController {

  private static final int PAGE_SIZE = 25;
  private static final String UNPAID = "AWAITING_PAYMENT";
  private static final Set<String> PAID = Set.of("PAID", "FULFILLED");

  private final OrganizationService organizations;
  private final AbtkOffers abtkOffers;
  private final AbtkOrders abtkOrders;
  private final PlaqueOffers plaqueOffers;
  private final PlaqueOrders plaqueOrders;
  private final ActionPackOrders actionPackOrders;
  private final Invoices invoices;
  private final Shipments shipments;
  private final OrderCancellations cancellations;
  private final AdminScope adminScope;
  private final PortalMessages texts;

  OrderPortalController(OrganizationService organizations, AbtkOffers abtkOffers, AbtkOrders abtkOrders,
      PlaqueOffers plaqueOffers, PlaqueOrders plaqueOrders, ActionPackOrders actionPackOrders, Invoices invoices,
      Shipments shipments, OrderCancellations cancellations, AdminScope adminScope, PortalMessages texts) {
    this.texts = texts;
    this.organizations = organizations;
    this.abtkOffers = abtkOffers;
    this.abtkOrders = abtkOrders;
    this.plaqueOffers = plaqueOffers;
    this.plaqueOrders = plaqueOrders;
    this.actionPackOrders = actionPackOrders;
    this.invoices = invoices;
    this.shipments = shipments;
    this.cancellations = cancellations;
    this.adminScope = adminScope;
  }

  @GetMapping("/orders/new")
  String newOrder(@AuthenticationPrincipal PortalUser user, @RequestParam Optional<UUID> locationId, Model model) {
    UUID organizationId = user.organizationId();
    OrganizationView organization = organizations.organization(organizationId);
    model.addAttribute("organization", organization);
    model.addAttribute("locations", organizations.locations(organizationId).stream()
        .filter(location -> location.status() == LocationStatus.ACTIVE).toList());
    model.addAttribute("selectedLocation", locationId.orElse(null));
    model.addAttribute("locationNames", locationNames(organizationId));
    try {
      model.addAttribute("abtkOffers", abtkOffers.offers(organizationId, user, locationId));
    } catch (BusinessRuleViolation e) {
      model.addAttribute("abtkOffers", List.of());
      model.addAttribute("error", PortalMessages.of(e));
    }
    model.addAttribute("plaqueOffers", plaqueOffers.offers(organizationId, user).stream()
        .filter(offer -> locationId.isEmpty() || offer.locationId().equals(locationId.get())).toList());
    model.addAttribute("actionPackFee", ActionPackOrders.YEARLY_FEE_USD);
    model.addAttribute("actionPackRenewable", actionPackOrders.renewable(organization));
    return "ordering/new";
  }

  @PostMapping("/orders/abtk")
  String orderAbtk(@AuthenticationPrincipal PortalUser user, @RequestParam UUID locationId,
      @RequestParam CompetencyLevel level, RedirectAttributes redirect) {
    return place(redirect, "/portal/orders/new?locationId=" + locationId, () -> texts.text("orders.placed.abtk",
        texts.label(level), abtkOrders.place(user.organizationId(), user, new NewAbtkOrder(locationId, level)).price()
            .inReadersLanguage()));
  }

  /** Each checked box is one item: {@code PLATE:<location>} or {@code PLAQUE:<location>:<competency>}. */
  @PostMapping("/orders/plaques")
  String orderPlaques(@AuthenticationPrincipal PortalUser user,
      @RequestParam(name = "item", required = false) List<String> checked, RedirectAttributes redirect) {
    if (checked == null || checked.isEmpty()) {
      redirect.addFlashAttribute("error", texts.text("orders.plaques.noneChosen"));
      return "redirect:/portal/orders/new";
    }
    if (checked.size() > NewPlaqueOrder.MAX_ITEMS) { // issue 14: as the API, an order stays bounded
      redirect.addFlashAttribute("error", texts.text("orders.plaques.tooMany", NewPlaqueOrder.MAX_ITEMS));
      return "redirect:/portal/orders/new";
    }
    return place(redirect, "/portal/orders/new", () -> texts.text("orders.placed.plaques", plaqueOrders
        .place(user.organizationId(), user, new NewPlaqueOrder(checked.stream().map(OrderPortalController::item)
            .toList())).price().inReadersLanguage()));
  }

  @PostMapping("/orders/action-pack")
  String orderActionPack(@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
    return place(redirect, "/portal/orders/new", () -> texts.text("orders.placed.actionPack",
        actionPackOrders.place(user.organizationId(), user).price().inReadersLanguage()));
  }

  /**
   * Places an order and goes to Orders with what it costs; a refusal goes back to {@code back} and shows its rule
   * (or the field) instead of an error page.
   */
  private String place(RedirectAttributes redirect, String back, Supplier<String> order) {
    try {
      redirect.addFlashAttribute("message", order.get());
      return "redirect:/portal/orders";
    } catch (BusinessRuleViolation e) {
      redirect.addFlashAttribute("error", PortalMessages.of(e));
    } catch (InvalidField e) {
      redirect.addFlashAttribute("error", PortalMessages.of(e));
    } catch (IllegalArgumentException e) {
      redirect.addFlashAttribute("error", texts.text("orders.chooseOffer"));
    }
    return "redirect:" + back;
  }

  /**
   * Issue 14: each kind of order is a list of its own, paged on its own: {@code page} is the page of the list
   * {@code of} names ({@code abtk}, {@code plaques}, {@code action-pack}); the others show their first page.
   */
  @GetMapping("/orders")
  String orders(@AuthenticationPrincipal PortalUser user, @RequestParam(defaultValue = "") String of,
      @RequestParam(defaultValue = "0") int page, Model model) {
    UUID organizationId = user.organizationId();
    model.addAttribute("locationNames", locationNames(organizationId));
    Page<AbtkOrderView> abtks = abtkOrders.orders(organizationId, page(of.equals("abtk") ? page : 0));
    model.addAttribute("abtkOrders", abtks);
    Page<PlaqueOrderView> plaques = plaqueOrders.orders(organizationId, page(of.equals("plaques") ? page : 0));
    model.addAttribute("plaqueOrders", plaques);
    Page<ActionPackOrderView> actionPacks = actionPackOrders.orders(organizationId,
        page(of.equals("action-pack") ? page : 0));
    model.addAttribute("actionPackOrders", actionPacks);
    model.addAttribute("cancellable", cancellable(user, abtks, plaques, actionPacks));
    model.addAttribute("upgrades", upgrades(user, abtks.getContent()));
    return "ordering/orders";
  }

  /**
   * R-ABTK-19: the unpaid orders on the page this user may cancel (an admin who may order for the order's location);
   * the page shows the others' Cancel disabled, naming the rule.
   */
  private Set<UUID> cancellable(PortalUser user, Page<AbtkOrderView> abtks, Page<PlaqueOrderView> plaques,
      Page<ActionPackOrderView> actionPacks) {
    Predicate<UUID> administered = adminScope.administered(user);
    Set<UUID> mayCancel = new HashSet<>();
    Map<UUID, OrderType> unpaid = new HashMap<>();
    abtks.filter(o -> UNPAID.equals(o.status())).forEach(o -> unpaid.put(o.id(), OrderType.ABTK));
    plaques.filter(o -> UNPAID.equals(o.status())).forEach(o -> unpaid.put(o.id(), OrderType.PLAQUE));
    actionPacks.filter(o -> UNPAID.equals(o.status())).forEach(o -> unpaid.put(o.id(), OrderType.ACTION_PACK));
    unpaid.forEach((id, type) -> {
      if (cancellations.mayCancel(user, type, id, administered)) {
        mayCancel.add(id);
      }
    });
    return mayCancel;
  }

  /**
   * R-ABTK-12: the paid silver ABTKs on the page that are not upgraded yet, each with null when its location
   * qualifies for gold, else the rule that refuses the upgrade (the page words it, key orders.upgrade.refused.*).
   */
  private Map<UUID, String> upgrades(PortalUser user, List<AbtkOrderView> orders) {
    List<AbtkOrderView> silvers = orders.stream()
        .filter(o -> "ORDER".equals(o.kind()) && "SILVER".equals(o.level()) && PAID.contains(o.status()))
        .filter(o -> orders.stream().noneMatch(upgrade -> "UPGRADE".equals(upgrade.kind())
            && !"CANCELLED".equals(upgrade.status()) && upgrade.locationId().equals(o.locationId())
            && upgrade.programYearEnd().equals(o.programYearEnd())))
        .toList();
    if (silvers.isEmpty()) {
      return Map.of();
    }
    Map<UUID, AbtkOffer> gold = abtkOffers.offers(user.organizationId(), user, Optional.empty()).stream()
        .filter(offer -> offer.level() == CompetencyLevel.GOLD)
        .collect(Collectors.toMap(AbtkOffer::locationId, offer -> offer));
    Map<UUID, String> upgrades = new HashMap<>();
    for (AbtkOrderView silver : silvers) {
      AbtkOffer offer = gold.get(silver.locationId());
      upgrades.put(silver.id(), offer == null || user.role() == Role.MEMBER ? "R-ABTK-8"
          : offer.eligible() ? null : "R-ABTK-6".equals(offer.rule()) ? "R-ABTK-6" : "R-ABTK-12");
    }
    return upgrades;
  }

  /** R-ABTK-19: an admin cancels an unpaid order; a refusal shows its rule. */
  @PostMapping("/orders/{orderId}/cancel")
  String cancel(@AuthenticationPrincipal PortalUser user, @PathVariable UUID orderId, RedirectAttributes redirect) {
    return act(redirect, () -> {
      cancellations.tell(cancellations.cancel(user.organizationId(), user, orderId));
      return texts.text("orders.cancelled");
    });
  }

  /** R-ABTK-12: a paid silver ABTK upgraded to gold from Orders; a refusal shows its rule. */
  @PostMapping("/orders/abtk/{orderId}/upgrade")
  String upgrade(@AuthenticationPrincipal PortalUser user, @PathVariable UUID orderId, RedirectAttributes redirect) {
    return act(redirect, () -> texts.text("orders.placed.upgrade",
        abtkOrders.upgrade(user.organizationId(), user, orderId).price().inReadersLanguage()));
  }

  private static String act(RedirectAttributes redirect, Supplier<String> action) {
    try {
      redirect.addFlashAttribute("message", action.get());
    } catch (BusinessRuleViolation e) {
      redirect.addFlashAttribute("error", PortalMessages.of(e));
    }
    return "redirect:/portal/orders";
  }

  @GetMapping("/invoices")
  String invoices(@AuthenticationPrincipal PortalUser user, @RequestParam(defaultValue = "0") int page,
      Model model) {
    model.addAttribute("invoices", invoices.invoices(user.organizationId(), page(page)));
    return "ordering/invoices";
  }

  @GetMapping("/shipments")
  String shipments(@AuthenticationPrincipal PortalUser user, @RequestParam(defaultValue = "0") int page,
      Model model) {
    model.addAttribute("locationNames", locationNames(user.organizationId()));
    model.addAttribute("shipments", shipments.shipments(user.organizationId(), page(page)));
    return "ordering/shipments";
  }

  /** A portal page of {@value #PAGE_SIZE} rows; a negative page number is the first page. */
  private static Pageable page(int page) {
    return Paging.of(Math.max(page, 0), PAGE_SIZE);
  }

  private static NewPlaqueOrder.Item item(String value) {
    String[] parts = value.split(":");
    if (parts.length < 2 || parts.length > 3) {
      throw new IllegalArgumentException(value);
    }
    return new NewPlaqueOrder.Item(PlaqueKind.valueOf(parts[0]), parts.length == 3 ? Competency.valueOf(parts[2])
        : null, UUID.fromString(parts[1]));
  }

  private Map<UUID, String> locationNames(UUID organizationId) {
    return organizations.locations(organizationId).stream()
        .collect(Collectors.toMap(LocationView::id, LocationView::name));
  }
}
