package org.pmc.people;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.pmc.people.internal.Founder;
import org.pmc.people.internal.Individual;
import org.pmc.people.internal.IndividualStatus;
import org.pmc.people.internal.Individuals;
import org.pmc.people.internal.PeopleFilter;
import org.pmc.web.BusinessRuleViolation;
import org.pmc.web.NotFound;
import org.pmc.web.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people capability's public face. */
@Service
public class PeopleService {


  private final Individuals individuals;
  private final PasswordEncoder passwords;
  private final Clock clock;
  private final JdbcClient jdbc;

  PeopleService(Individuals individuals, PasswordEncoder passwords, Clock clock, JdbcClient jdbc) {
    this.jdbc = jdbc;
    this.individuals = individuals;
    this.passwords = passwords;
    this.clock = clock;
  }

  /** R-PPL-5: whether the address belongs to an organization now. */
  @Transactional(readOnly = true)
  public boolean isTaken(String email) {
    return individuals.isHeld(email);
  }

  /** The registering admin with their password hashed (BCrypt, the slow part of a registration). */
  public Founder founder(NewAdmin admin) {
    return new Founder(admin.firstName(), admin.lastName(), admin.email(), passwords.encode(admin.password()));
  }

  /** The registering admin, associated at the HQ as global admin. */
  @Transactional
  public PersonView registerFounder(UUID organizationId, UUID hqLocationId, Founder admin) {
    // R-PPL-5: an address is associated with at most one organization at a time.
    if (isTaken(admin.email())) {
      throw new BusinessRuleViolation("R-PPL-5",
          "The address " + admin.email() + " is already associated with an organization");
    }
    return PersonView.of(individuals.save(Individual.founder(organizationId, hqLocationId, admin, clock.instant())));
  }

  @Transactional(readOnly = true)
  public Page<PersonView> people(UUID organizationId, PeopleFilter filter, Pageable pageable) {
    return individuals.findAll(filter.in(organizationId), pageable).map(PersonView::of);
  }

  /**
   * Who hears about the organization's membership: the HQ's PRIMARY program contact (R-ROLE-1), or, if
   * there is none, its global admins.
   */
  @Transactional(readOnly = true)
  public List<String> membershipRecipients(UUID organizationId, UUID hqLocationId) {
    List<String> primary = jdbc.sql("""
        select i.email from location_contact c join individual i on i.id = c.individual_id
        where c.location_id = ? and c.role = 'PRIMARY' and i.status = 'ASSOCIATED'""")
        .param(hqLocationId).query(String.class).list();
    if (!primary.isEmpty()) {
      return primary;
    }
    return individuals.findByOrganizationIdAndRoleAndStatus(organizationId, Role.GLOBAL_ADMIN,
        IndividualStatus.ASSOCIATED).stream().map(Individual::getEmail).toList();
  }

  /**
   * Who hears about an invoice (R-ABTK-19): the BILLING contact of the order's location (R-ROLE-1), else the HQ's,
   * else the organization's global admins. {@code locationId} may be null (an organization's own invoice).
   */
  @Transactional(readOnly = true)
  public List<String> billingRecipients(UUID organizationId, UUID locationId, UUID hqLocationId) {
    for (UUID location : Stream.of(locationId, hqLocationId).filter(Objects::nonNull)
        .distinct().toList()) {
      List<String> billing = jdbc.sql("""
          select i.email from location_contact c join individual i on i.id = c.individual_id
          where c.location_id = ? and c.role = 'BILLING' and i.status = 'ASSOCIATED' order by i.email""")
          .param(location).query(String.class).list();
      if (!billing.isEmpty()) {
        return billing;
      }
    }
    return individuals.findByOrganizationIdAndRoleAndStatus(organizationId, Role.GLOBAL_ADMIN,
        IndividualStatus.ASSOCIATED).stream().map(Individual::getEmail).sorted().toList();
  }

  /** R-LOC-8: the organization's associated global admins, who answer a merge request. */
  @Transactional(readOnly = true)
  public List<String> globalAdminEmails(UUID organizationId) {
    return individuals.findByOrganizationIdAndRoleAndStatus(organizationId, Role.GLOBAL_ADMIN,
        IndividualStatus.ASSOCIATED).stream().map(Individual::getEmail).sorted().toList();
  }

  /** R-LOC-8: the associated admins of a location (after a merge: the merged organization's former global admins). */
  @Transactional(readOnly = true)
  public List<String> locationAdminEmails(UUID locationId) {
    return jdbc.sql("""
        select i.email from admin_location a join individual i on i.id = a.individual_id
        where a.location_id = ? and i.status = 'ASSOCIATED' order by i.email""")
        .param(locationId).query(String.class).list();
  }

  @Transactional(readOnly = true)
  public PersonView person(UUID individualId) {
    return individuals.findById(individualId).map(PersonView::of)
        .orElseThrow(() -> new NotFound("Individual", individualId));
  }

  /** A person of this organization; another organization's person is not found. */
  @Transactional(readOnly = true)
  public PersonView person(UUID organizationId, UUID individualId) {
    return PersonView.of(individuals.ofOrganization(organizationId, individualId));
  }

  /** How many of the organization's people stand at each status (every status present, 0 if none). */
  @Transactional(readOnly = true)
  public Map<IndividualStatus, Long> countByStatus(UUID organizationId) {
    Map<IndividualStatus, Long> counts = new EnumMap<>(IndividualStatus.class);
    for (IndividualStatus status : IndividualStatus.values()) {
      counts.put(status, 0L);
    }
    for (Object[] row : individuals.countByStatus(organizationId)) {
      counts.put((IndividualStatus) row[0], ((Number) row[1]).longValue());
    }
    return counts;
  }

}
