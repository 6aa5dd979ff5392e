package org.pmc.mcp;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.pmc.activity.ActivityLog;
import org.pmc.competency.Competency;
import org.pmc.competency.CountingCertification;
import org.pmc.competency.CountingMcp;
import org.pmc.competency.EvidenceChanged;
import org.pmc.competency.McpEvidence;
import org.pmc.mcp.internal.AssociationStatus;
import org.pmc.mcp.internal.CatalogCertification;
import org.pmc.mcp.internal.CertificationCatalog;
import org.pmc.mcp.internal.Certifications;
import org.pmc.mcp.internal.InviteMcp;
import org.pmc.mcp.internal.McpAssignment;
import org.pmc.mcp.internal.McpAssociation;
import org.pmc.mcp.internal.McpAssociations;
import org.pmc.mcp.internal.McpCsv;
import org.pmc.mcp.internal.McpFilter;
import org.pmc.mcp.internal.McpInvitations;
import org.pmc.mcp.internal.McpView;
import org.pmc.mcp.internal.Professional;
import org.pmc.mcp.internal.ProfessionalView;
import org.pmc.mcp.internal.Professionals;
import org.pmc.mcp.internal.RegisterProfessional;
import org.pmc.notification.MailQuota;
import org.pmc.organization.LocationView;
import org.pmc.organization.OrganizationService;
import org.pmc.organization.LocationDissociated;
import org.pmc.organization.OrganizationsMerged;
import org.pmc.people.AdminScope;
import org.pmc.web.BusinessRuleViolation;
import org.pmc.web.InvalidField;
import org.pmc.web.NotFound;
import org.pmc.web.Paging;
import org.pmc.web.PortalUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The MCP capability's public face: the registry (program staff), and an organization's MCPs (R-MCP-1..3):
 * list and export, invite, assign to another location, remove. Reads are for any member of the
 * organization; changes need an admin of the location concerned (R-ROLE-4, {@link AdminScope}).
 */
@Service
public class McpService implements McpEvidence {

  public static final String ENTITY_TYPE = "MCP_ASSOCIATION";

  /** MCP IDs: letters, digits and dashes, at most 20, as the registry column allows. */
  private static final Pattern MCP_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,19}");
  /** The list's order: by name, then MCP ID, so pages never overlap. */
  public static final Sort ORDER = Sort.by("professional.lastName", "professional.firstName", "mcpId");

  private static final Logger log = LoggerFactory.getLogger(McpService.class);

  private final Professionals professionals;
  private final Certifications certifications;
  private final McpAssociations associations;
  private final McpInvitations invitations;
  private final OrganizationService organizations;
  private final AdminScope admins;
  private final Clock clock;
  private final ApplicationEventPublisher events;
  private final ActivityLog activity;
  private final MailQuota mailQuota;

  McpService(Professionals professionals, Certifications certifications, McpAssociations associations,
      McpInvitations invitations, OrganizationService organizations, AdminScope admins, Clock clock,
      ApplicationEventPublisher events, ActivityLog activity, MailQuota mailQuota) {
    this.mailQuota = mailQuota;
    this.activity = activity;
    this.events = events;
    this.professionals = professionals;
    this.certifications = certifications;
    this.associations = associations;
    this.invitations = invitations;
    this.organizations = organizations;
    this.admins = admins;
    this.clock = clock;
  }

  // --- The registry (program staff) ---

  @Transactional(readOnly = true)
  public boolean isRegistered(String mcpId) {
    return professionals.existsById(mcpId);
  }

  /** Enters a professional in the registry, or replaces what it holds about them. */
  @Transactional
  public ProfessionalView register(String mcpId, RegisterProfessional details) {
    if (mcpId == null || !MCP_ID.matcher(mcpId).matches()) {
      throw new InvalidField("mcpId", "must be 1 to 20 letters, digits or dashes");
    }
    CertificationCatalog catalog = catalog();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < details.certifications().size(); i++) {
      String code = details.certifications().get(i).code();
      if (!catalog.knows(code)) {
        throw new InvalidField("certifications[" + i + "].code", "is not a certification of the program");
      }
      if (!seen.add(code)) {
        throw new InvalidField("certifications[" + i + "].code", "is listed twice");
      }
    }
    Professional professional = professionals.findById(mcpId)
        .map(existing -> {
          existing.replaceWith(details);
          return existing;
        })
        .orElseGet(() -> professionals.save(new Professional(mcpId, details)));
    log.info("Professional {} registered with {} certification(s) and {} training(s)", mcpId,
        details.certifications().size(), details.trainings().size());
    return ProfessionalView.of(professional, catalog);
  }

  @Transactional(readOnly = true)
  public ProfessionalView professional(String mcpId) {
    return ProfessionalView.of(professionals.findById(mcpId).orElseThrow(() -> new NotFound("MCP", mcpId)),
        catalog());
  }

  /** The certifications of the program and the competencies each counts toward (R-MCP-3). */
  @Transactional(readOnly = true)
  public List<CatalogCertification> certifications() {
    return catalog().entries();
  }

  // --- An organization's MCPs ---

  /** R-MCP-1: one page of the organization's MCPs, in a fixed number of queries whatever the page size. */
  @Transactional(readOnly = true)
  public Page<McpView> list(UUID organizationId, McpFilter filter, Pageable pageable) {
    CertificationCatalog catalog = checked(filter);
    Page<McpAssociation> page = associations.findAll(filter.in(organizationId), pageable);
    return new PageImpl<>(views(page.getContent(), catalog), pageable, page.getTotalElements());
  }

  /** One MCP of the organization, invited or associated. */
  @Transactional(readOnly = true)
  public McpView get(UUID organizationId, String mcpId) {
    McpAssociation association = current(organizationId, mcpId);
    return McpView.of(association, professionals.findById(mcpId).orElseThrow(), catalog());
  }

  /**
   * R-MCP-1: every MCP the filter matches, for the export. One snapshot of the data (repeatable read),
   * so rows do not move between the batches that load their details.
   */
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public List<McpView> all(UUID organizationId, McpFilter filter) {
    return everything(organizationId, filter);
  }

  /**
   * R-COMP-3, R-MCP-3: per location, how many associated MCPs hold a certification that counts toward
   * each competency (an MCP counts once per competency).
   */
  @Override
  @Transactional(readOnly = true)
  public Map<UUID, Map<Competency, Integer>> qualifiedMcps(UUID organizationId) {
    return qualified(associations.findByOrganizationIdAndStatus(organizationId, AssociationStatus.ASSOCIATED));
  }

  /** The same for some locations of the organization (R-COMP-3: the ones whose evidence changed). */
  @Override
  @Transactional(readOnly = true)
  public Map<UUID, Map<Competency, Integer>> qualifiedMcps(UUID organizationId, Collection<UUID> locationIds) {
    return qualified(associations.findByOrganizationIdAndLocationIdInAndStatus(organizationId, locationIds,
        AssociationStatus.ASSOCIATED));
  }

  /** R-COMP-3: the associated MCPs behind those counts, for the competency planner and Manage Competencies. */
  @Override
  @Transactional(readOnly = true)
  public List<CountingMcp> countingMcps(UUID organizationId, Optional<UUID> locationId) {
    return counting(locationId
        .map(at -> associations.findByOrganizationIdAndLocationIdInAndStatus(organizationId, Set.of(at),
            AssociationStatus.ASSOCIATED))
        .orElseGet(() -> associations.findByOrganizationIdAndStatus(organizationId, AssociationStatus.ASSOCIATED)));
  }

  /** R-MCP-3: the certifications that count toward each competency, from the catalog. */
  @Override
  @Transactional(readOnly = true)
  public Map<Competency, List<CountingCertification>> certificationsCounting() {
    Map<Competency, List<CountingCertification>> counting = new EnumMap<>(Competency.class);
    for (CatalogCertification certification : certifications()) {
      certification.competencies().forEach(competency -> counting
          .computeIfAbsent(competency, c -> new ArrayList<>())
          .add(new CountingCertification(certification.code(), certification.title())));
    }
    return counting;
  }

  private Map<UUID, Map<Competency, Integer>> qualified(List<McpAssociation> associated) {
    Map<UUID, Map<Competency, Integer>> counts = new HashMap<>();
    for (CountingMcp mcp : counting(associated)) {
      for (Competency competency : mcp.competencies()) {
        counts.computeIfAbsent(mcp.locationId(), location -> new EnumMap<>(Competency.class))
            .merge(competency, 1, Integer::sum);
      }
    }
    return counts;
  }

  /** An MCP counts once per competency their certifications count toward; one read for all their certifications. */
  private List<CountingMcp> counting(List<McpAssociation> associated) {
    CertificationCatalog catalog = catalog();
    Map<String, Professional> byId = professionals.withCertifications(associated.stream()
            .map(McpAssociation::getMcpId).toList()).stream()
        .collect(Collectors.toMap(Professional::getMcpId, professional -> professional));
    List<CountingMcp> counting = new ArrayList<>();
    for (McpAssociation association : associated) {
      Professional professional = byId.get(association.getMcpId());
      List<Competency> competencies = catalog.competencies(professional.getCertifications().keySet());
      if (!competencies.isEmpty()) {
        counting.add(new CountingMcp(association.getMcpId(),
            professional.getFirstName() + " " + professional.getLastName(), association.getLocationId(),
            competencies));
      }
    }
    counting.sort(Comparator.comparing(CountingMcp::name).thenComparing(CountingMcp::mcpId));
    return counting;
  }

  /** R-MCP-1: the export as CSV (see {@link McpCsv}), from one snapshot like {@link #all}. */
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public byte[] csv(UUID organizationId, McpFilter filter) {
    List<McpView> rows = everything(organizationId, filter);
    Map<UUID, String> locationNames = organizations.locations(organizationId).stream()
        .collect(Collectors.toMap(LocationView::id, LocationView::name));
    return McpCsv.write(rows, locationNames);
  }

  /**
   * R-MCP-2: invites an MCP of the registry to associate at a location, and emails them the link once
   * the invitation is stored. An MCP is associated with (or invited by) one organization at a time.
   */
  @Transactional
  public McpView invite(UUID organizationId, PortalUser user, InviteMcp command) {
    organizations.activeLocation(organizationId, command.locationId(), "locationId");
    admins.requireLocation(user, command.locationId());
    String mcpId = command.mcpId().trim();
    Professional professional = professionals.findById(mcpId)
        .orElseThrow(() -> new InvalidField("mcpId", "is not an MCP ID of the registry"));
    if (!professional.hasEmail(command.email())) {
      throw new InvalidField("email", "is not the address this MCP registered with");
    }
    // R-MCP-2: at most one organization at a time.
    associations.findByMcpIdAndStatusNot(mcpId, AssociationStatus.REMOVED).ifPresent(existing -> {
      throw taken(mcpId, existing.getOrganizationId().equals(organizationId));
    });
    mailQuota.reserve(organizationId, 1); // issue 14: the invitation mail, before anything is written
    McpAssociation association;
    try {
      association = associations.saveAndFlush(
          new McpAssociation(organizationId, command.locationId(), mcpId, clock.instant()));
    } catch (DataIntegrityViolationException simultaneousInvitation) {
      throw taken(mcpId, false);
    }
    invitations.send(association, professional.getEmail());
    activity.record(organizationId, "MCP_INVITED", ENTITY_TYPE, association.getId(),
        "MCP " + mcpId + " (" + professional.getFirstName() + " " + professional.getLastName() + ") invited");
    log.info("MCP {} invited to organization {} at location {} by {}", mcpId, organizationId,
        command.locationId(), user.individualId());
    return McpView.of(association, professional, catalog());
  }

  /** Sends a waiting invitation again, with a link good for another 30 days. */
  @Transactional
  public McpView resendInvitation(UUID organizationId, PortalUser user, String mcpId) {
    McpAssociation association = current(organizationId, mcpId);
    admins.requireLocation(user, association.getLocationId());
    mailQuota.reserve(organizationId, 1); // issue 14: the invitation mail again
    association.reinvite(clock.instant());
    Professional professional = professionals.findById(mcpId).orElseThrow();
    invitations.send(association, professional.getEmail());
    activity.record(organizationId, "MCP_INVITATION_RESENT", ENTITY_TYPE, association.getId(),
        "Invitation of MCP " + mcpId + " sent again");
    log.info("Invitation of MCP {} to organization {} sent again", mcpId, organizationId);
    return McpView.of(association, professional, catalog());
  }

  /**
   * R-MCP-2: moves the association to another active location. The admin must administer both the
   * location the MCP leaves and the one they join.
   */
  @Transactional
  public McpView assign(UUID organizationId, PortalUser user, String mcpId, McpAssignment assignment) {
    organizations.activeLocation(organizationId, assignment.locationId(), "locationId");
    McpAssociation association = current(organizationId, mcpId);
    admins.requireLocation(user, association.getLocationId());
    admins.requireLocation(user, assignment.locationId());
    UUID before = association.getLocationId();
    association.assignTo(assignment.locationId());
    // R-COMP-3: both locations re-evaluated
    events.publishEvent(EvidenceChanged.at(organizationId, before, assignment.locationId()));
    activity.record(organizationId, "MCP_MOVED", ENTITY_TYPE, association.getId(), "MCP " + mcpId + " moved");
    log.info("MCP {} of organization {} assigned to location {}", mcpId, organizationId, assignment.locationId());
    return McpView.of(association, professionals.findById(mcpId).orElseThrow(), catalog());
  }

  /** Ends the association or withdraws the invitation; the MCP may then associate elsewhere (R-MCP-2). */
  @Transactional
  public void remove(UUID organizationId, PortalUser user, String mcpId) {
    McpAssociation association = current(organizationId, mcpId);
    admins.requireLocation(user, association.getLocationId());
    association.remove();
    events.publishEvent(EvidenceChanged.at(organizationId, association.getLocationId()));
    activity.record(organizationId, "MCP_REMOVED", ENTITY_TYPE, association.getId(), "MCP " + mcpId + " removed");
    log.info("MCP {} removed from organization {}", mcpId, organizationId);
  }

  private List<McpView> everything(UUID organizationId, McpFilter filter) {
    CertificationCatalog catalog = checked(filter);
    return views(associations.findAll(filter.in(organizationId), ORDER), catalog);
  }

  private McpAssociation current(UUID organizationId, String mcpId) {
    return associations.findByOrganizationIdAndMcpIdAndStatusNot(organizationId, mcpId, AssociationStatus.REMOVED)
        .orElseThrow(() -> new NotFound("MCP", mcpId));
  }

  /** Never names the other organization. */
  private static BusinessRuleViolation taken(String mcpId, boolean here) {
    return new BusinessRuleViolation("R-MCP-2", here
        ? "MCP " + mcpId + " is already invited by or associated with your organization"
        : "MCP " + mcpId + " is already associated with another organization");
  }

  private CertificationCatalog checked(McpFilter filter) {
    CertificationCatalog catalog = catalog();
    if (filter.certification() != null && !catalog.knows(filter.certification())) {
      throw new InvalidField("certification", "is not a certification of the program");
    }
    return catalog;
  }

  /**
   * The details of these associations' MCPs: two queries per batch of ids (certifications, trainings),
   * never one per row; the professionals themselves came with the associations.
   */
  private List<McpView> views(List<McpAssociation> page, CertificationCatalog catalog) {
    List<String> ids = page.stream().map(McpAssociation::getMcpId).distinct().toList();
    Map<String, Professional> byId = new HashMap<>();
    for (int from = 0; from < ids.size(); from += Paging.MAX_SIZE) {
      List<String> batch = ids.subList(from, Math.min(ids.size(), from + Paging.MAX_SIZE));
      professionals.withCertifications(batch).forEach(p -> byId.put(p.getMcpId(), p));
      professionals.withTrainings(batch);
    }
    List<McpView> views = new ArrayList<>(page.size());
    page.forEach(association -> views.add(McpView.of(association, byId.get(association.getMcpId()), catalog)));
    return views;
  }

  private CertificationCatalog catalog() {
    return CertificationCatalog.of(certifications.catalog());
  }

  /** R-LOC-5: the MCPs held at a location, invited or associated (they stay when it is dissociated). */
  @Transactional(readOnly = true)
  public int heldAt(UUID locationId) {
    return (int) associations.countByLocationIdAndStatusNot(locationId, AssociationStatus.REMOVED);
  }

  /** R-LOC-7: the MCPs held by an organization, invited or associated. */
  @Transactional(readOnly = true)
  public int heldBy(UUID organizationId) {
    return (int) associations.countByOrganizationIdAndStatusNot(organizationId, AssociationStatus.REMOVED);
  }

  /** R-LOC-9 (decided): an MCP invited at a dissociated location and not yet answering moves to its parent. */
  @EventListener
  void dissociated(LocationDissociated dissociated) {
    if (dissociated.parentId() != null) {
      associations.moveInvited(dissociated.locationId(), dissociated.parentId());
    }
  }

  /** R-LOC-7: a merged organization's MCPs move with it, in the transaction of the merge. */
  @EventListener
  void merged(OrganizationsMerged merged) {
    associations.moveTo(merged.organizationId(), merged.mergedOrganizationId());
  }
}
