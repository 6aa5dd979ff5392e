package org.pmc.bench;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.pmc.competency.Competency;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Seeds an organization's data with batched SQL inserts (the API would take far longer and would measure
 * itself): locations under the HQ, people, customer references and location competencies.
 */
final class Seed {

  private static final int CHUNK = 1000;
  private static final Competency[] COMPETENCIES = Competency.values();
  private static final String[] PEOPLE_STATUSES = {"ASSOCIATED", "ASSOCIATED", "ASSOCIATED", "AWAITING_PROFILE"};
  private static final String[] REFERENCE_STATUSES = {"APPROVED", "APPROVED", "AWAITING_CUSTOMER", "DECLINED"};

  private final JdbcTemplate jdbc;
  private final OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);

  Seed(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A new organization with its HQ, as registration would leave it; returns its id and HQ. */
  Organization organization(String name) {
    UUID id = UUID.randomUUID();
    UUID hq = UUID.randomUUID();
    jdbc.update("insert into organization (id, name, membership_level, anniversary_date, created_at) "
        + "values (?, ?, 'NETWORK', ?, ?)", id, name, LocalDate.now().plusMonths(6), now);
    jdbc.update("insert into location (id, organization_id, name, country, currency, status, created_at) "
        + "values (?, ?, ?, 'DE', 'EUR', 'ACTIVE', ?)", hq, id, name + " HQ", now);
    jdbc.update("update organization set hq_location_id = ? where id = ?", hq, id);
    return new Organization(id, hq);
  }

  /** Fills an organization up to the given numbers; references are created by {@code creator} (or a seeded person). */
  void fill(Organization org, UUID creator, int locations, int people, int references) {
    List<UUID> locationIds = locations(org, locations - 1);
    locationIds.add(org.hq());
    List<UUID> personIds = people(org, locationIds, people);
    references(org, locationIds, creator == null ? personIds.get(0) : creator, references);
    competencies(org, locationIds);
    jdbc.execute("analyze");
  }

  private List<UUID> locations(Organization org, int count) {
    List<UUID> ids = new ArrayList<>();
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      UUID id = UUID.randomUUID();
      ids.add(id);
      rows.add(new Object[] {id, org.id(), org.hq(), "Location " + i, now});
    }
    insert("insert into location (id, organization_id, parent_id, name, country, currency, status, created_at) "
        + "values (?, ?, ?, ?, 'DE', 'EUR', 'ACTIVE', ?)", rows);
    return ids;
  }

  private List<UUID> people(Organization org, List<UUID> locations, int count) {
    List<UUID> ids = new ArrayList<>();
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      UUID id = UUID.randomUUID();
      ids.add(id);
      rows.add(new Object[] {id, org.id(), locations.get(i % locations.size()), "First" + i, "Last" + (i % 997),
          "p" + i + "-" + id.toString().substring(0, 8) + "@people.bench", PEOPLE_STATUSES[i % PEOPLE_STATUSES.length],
          now.minusDays(i % 365), now.minusDays(i % 365)});
    }
    insert("insert into individual (id, organization_id, location_id, first_name, last_name, email, status, "
        + "invite_method, invited_at, role, created_at) values (?, ?, ?, ?, ?, ?, ?, 'MULTIPLE_INVITE', ?, 'MEMBER', ?)",
        rows);
    return ids;
  }

  private void references(Organization org, List<UUID> locations, UUID creator, int count) {
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String status = REFERENCE_STATUSES[i % REFERENCE_STATUSES.length];
      OffsetDateTime created = now.minusHours(i);
      boolean approved = status.equals("APPROVED");
      int location = i % locations.size();
      rows.add(new Object[] {UUID.randomUUID(), org.id(), locations.get(location),
          competency(location, (i / locations.size()) % 2).name(), "Customer " + i, "Contact " + i,
          "contact" + i + "@customer.bench", "Project " + i, status, creator, created, created.plusDays(30),
          approved ? created.plusDays(1) : null, approved ? created.plusDays(1).plusYears(2) : null});
    }
    insert("insert into customer_reference (id, organization_id, location_id, competency, customer_company, "
        + "contact_name, contact_email, description, status, created_by, created_at, request_expires_at, "
        + "approved_at, expires_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
  }

  /** Two competencies per location, as a busy partner holds them. */
  private void competencies(Organization org, List<UUID> locations) {
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < locations.size(); i++) {
      for (int c = 0; c < 2; c++) {
        rows.add(new Object[] {locations.get(i), org.id(), competency(i, c).name(), now, now});
      }
    }
    insert("insert into location_competency (location_id, organization_id, competency, level, status, earned_at, "
        + "updated_at) values (?, ?, ?, 'SILVER', 'ACTIVE_EARNED', ?, ?) on conflict do nothing", rows);
  }

  /** The two competencies a location works in: its references and its competency rows agree. */
  private static Competency competency(int location, int which) {
    return COMPETENCIES[(location + which * 7) % COMPETENCIES.length];
  }

  private void insert(String sql, List<Object[]> rows) {
    for (int from = 0; from < rows.size(); from += CHUNK) {
      jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + CHUNK)));
    }
  }

  record Organization(UUID id, UUID hq) {}
}
