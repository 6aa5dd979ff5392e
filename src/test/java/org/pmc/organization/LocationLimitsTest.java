package org.pmc.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.pmc.TestPartners.Partner;
import org.pmc.TestPartners;
import org.pmc.organization.internal.Locations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** R-LOC-10 (decided, issue 14): at most 2,000 locations per organization, at most 20 levels deep. */
class LocationLimitsTest extends IntegrationTest {

  @Autowired
  TestPartners partners;
  @Autowired
  JdbcTemplate jdbc;

  Partner partner;
  Http admin;

  @BeforeEach
  void partner() {
    partner = partners.register("DE");
    admin = new Http(port).as(partner.adminEmail(), TestPartners.PASSWORD);
  }

  @Test
  @DisplayName("Issue 14, R-LOC-10: the 2,001st location is refused with 409 naming the rule; the 2,000th is added")
  void atMostTwoThousandLocations() {
    insertUnder(partner.hqLocationId(), LocationLimits.MAX_LOCATIONS - 2, false); // with the HQ: 1,999

    assertThat(add("The 2,000th", partner.hqLocationId()).status()).isEqualTo(201);
    Http.Response refused = add("The 2,001st", partner.hqLocationId());

    assertThat(refused.status()).as(refused.body()).isEqualTo(409);
    assertThat(refused.json().get("rule").asText()).isEqualTo("R-LOC-10");
    assertThat(refused.json().get("detail").asText()).contains("2,000");
    assertThat(admin.get(org("/locations?size=1")).header("X-Total-Count")).isEqualTo("2000");
  }

  @Test
  @DisplayName("Issue 14, R-LOC-10: a location on the 21st level is refused, whether added or moved there with its subtree")
  void atMostTwentyLevels() {
    List<UUID> chain = insertUnder(partner.hqLocationId(), LocationLimits.MAX_DEPTH - 2, true); // levels 2..19
    UUID level19 = chain.get(chain.size() - 1);
    UUID level20 = UUID.fromString(add("Level 20", level19).json().get("id").asText());

    Http.Response refused = add("Level 21", level20);
    assertThat(refused.status()).as(refused.body()).isEqualTo(409);
    assertThat(refused.json().get("rule").asText()).isEqualTo("R-LOC-10");
    assertThat(refused.json().get("detail").asText()).contains("20 levels");

    UUID branch = UUID.fromString(add("Branch", partner.hqLocationId()).json().get("id").asText());
    add("Leaf of the branch", branch);
    Http.Response movedTooDeep = admin.post(org("/locations/" + branch + "/move"),
        "{\"parentId\": \"" + level19 + "\"}"); // the branch at level 20, its leaf at 21
    assertThat(movedTooDeep.status()).as(movedTooDeep.body()).isEqualTo(409);
    assertThat(movedTooDeep.json().get("rule").asText()).isEqualTo("R-LOC-10");
    assertThat(admin.post(org("/locations/" + branch + "/move"), "{\"parentId\": \"" + chain.get(chain.size() - 2)
        + "\"}").status()).isEqualTo(200); // the leaf at level 20
  }

  /** Locations written straight to the table (the check is on the API's add): a chain, or siblings. */
  private List<UUID> insertUnder(UUID parent, int count, boolean chain) {
    List<UUID> ids = new ArrayList<>();
    List<Object[]> rows = new ArrayList<>();
    UUID under = parent;
    for (int i = 0; i < count; i++) {
      UUID id = UUID.randomUUID();
      rows.add(new Object[] {id, partner.organizationId(), under, "Bulk " + i, Timestamp.from(Instant.now())});
      ids.add(id);
      under = chain ? id : parent;
    }
    jdbc.batchUpdate("""
        insert into location (id, organization_id, parent_id, name, country, currency, status, created_at)
        values (?, ?, ?, ?, 'DE', 'EUR', 'ACTIVE', ?)""", rows);
    return ids;
  }

  private Http.Response add(String name, UUID parent) {
    return admin.post(org("/locations"), """
        {"name": "%s", "country": "DE", "parentId": "%s"}""".formatted(name, parent));
  }

  private String org(String path) {
    return "/api/organizations/" + partner.organizationId() + path;
  }
}
