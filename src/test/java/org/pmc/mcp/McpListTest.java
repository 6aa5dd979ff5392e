package org.pmc.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pmc.mcp.McpInvitationEndToEndTest.texts;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.pmc.TestPartners.Partner;
import org.pmc.TestPartners;
import org.pmc.mcp.internal.McpFilter;
import org.pmc.mcp.internal.Training;
import org.pmc.organization.OrganizationService;
import org.pmc.organization.internal.NewLocation;
import org.pmc.web.Paging;
import org.springframework.beans.factory.annotation.Autowired;

/** The MCP list and its export (R-MCP-1), with what each MCP counts toward (R-MCP-3). */
class McpListTest extends IntegrationTest {

  @Autowired
  TestPartners partners;
  @Autowired
  TestMcps mcps;
  @Autowired
  McpService service;
  @Autowired
  OrganizationService organizations;
  @Autowired
  EntityManagerFactory entityManagers;

  Partner partner;
  Http api;
  UUID paris;

  @BeforeEach
  void signIn() {
    partner = partners.register("FR");
    api = new Http(port).as(partner.adminEmail(), TestPartners.PASSWORD);
    paris = organizations.addLocation(partner.organizationId(), new NewLocation("Paris", "FR",
        partner.hqLocationId())).id();
  }

  @Test
  @DisplayName("R-MCP-1: filter by location, certification, name prefix (first or last, any case) and exact MCP ID")
  void filtersNarrowTheList() {
    String megan = mcps.register("Megan", "Bowen", "MCSA_OFFICE_365");
    String alex = mcps.register("Alex", "Wilber", "MCSE_CLOUD_PLATFORM", "MCSA_OFFICE_365");
    String diego = mcps.register("Diego", "Siciliani", "MCSE_DATA_MANAGEMENT");
    String invitedOnly = mcps.register("Ivan", "Invited", "MCSA_OFFICE_365");
    mcps.associate(partner, megan, partner.hqLocationId());
    mcps.associate(partner, alex, paris);
    mcps.associate(partner, diego, paris);
    api.post(list() + "/invitations", McpInvitationEndToEndTest.invitation(invitedOnly, paris));

    assertThat(ids(list())).containsExactly(megan, diego, alex); // by last name
    assertThat(ids(list() + "?locationId=" + paris)).containsExactly(diego, alex);
    assertThat(ids(list() + "?certification=MCSA_OFFICE_365")).containsExactly(megan, alex);
    assertThat(ids(list() + "?certification=MCSA_OFFICE_365&locationId=" + paris)).containsExactly(alex);
    assertThat(ids(list() + "?name=bow")).containsExactly(megan);
    assertThat(ids(list() + "?name=DIE")).containsExactly(diego);
    assertThat(ids(list() + "?name=e")).isEmpty();
    assertThat(ids(list() + "?name=%25")).as("a wildcard is just a character").isEmpty();
    assertThat(ids(list() + "?mcpId=" + alex)).containsExactly(alex);
    assertThat(ids(list() + "?mcpId=" + alex.substring(0, alex.length() - 1))).isEmpty();
    assertThat(ids(list() + "?status=INVITED")).containsExactly(invitedOnly);
    assertThat(ids(list() + "?status=INVITED&certification=MCSE_CLOUD_PLATFORM")).isEmpty();

    Http.Response unknownCertification = api.get(list() + "?certification=KNITTING");
    assertThat(unknownCertification.status()).isEqualTo(400);
    assertThat(unknownCertification.json().get("errors").get(0).get("field").asText()).isEqualTo("certification");
    assertThat(api.get(list() + "?status=SHINY").status()).isEqualTo(400);
    assertThat(api.get(list() + "?locationId=not-a-uuid").status()).isEqualTo(400);
  }

  @Test
  @DisplayName("R-MCP-3: each MCP lists certifications, the competencies they count toward, and trainings")
  void competenciesFollowFromCertifications() {
    String mcpId = mcps.register("Lynne", "Robbins", "MCSA_DYNAMICS_365", "MCSA_WINDOWS_10");
    mcps.associate(partner, mcpId, partner.hqLocationId());

    JsonNode mcp = api.get(list()).json().get(0);
    assertThat(mcp.get("certifications").findValuesAsText("title"))
        .containsExactly("MCSA: Microsoft Dynamics 365", "MCSA: Windows 10");
    assertThat(texts(mcp.get("competencies"))).containsExactly("CLOUD_CUSTOMER_RELATIONSHIP_MANAGEMENT",
        "ENTERPRISE_RESOURCE_PLANNING", "WINDOWS_AND_DEVICES");
    assertThat(mcp.get("trainings").findValuesAsText("title")).containsExactly("Training of Lynne");
    assertThat(service.certifications()).filteredOn(c -> c.code().equals("MCSE_DATA_MANAGEMENT"))
        .singleElement().satisfies(c -> assertThat(c.competencies()).extracting(Enum::name)
            .containsExactly("DATA_ANALYTICS", "DATA_PLATFORM"));
  }

  @Test
  @DisplayName("R-MCP-1: pages of the list with the total in X-Total-Count; pages never overlap")
  void theListIsPaged() {
    for (int i = 0; i < 7; i++) {
      mcps.associate(partner, mcps.register("Page", "Mcp" + i, "MCSA_WINDOWS_10"), partner.hqLocationId());
    }
    Http.Response first = api.get(list() + "?size=3");
    assertThat(first.header("X-Total-Count")).isEqualTo("7");
    assertThat(first.json()).hasSize(3);
    List<String> all = new ArrayList<>(ids(list() + "?size=3&page=0"));
    all.addAll(ids(list() + "?size=3&page=1"));
    all.addAll(ids(list() + "?size=3&page=2"));
    assertThat(all).hasSize(7).doesNotHaveDuplicates();
    assertThat(ids(list() + "?size=3&page=3")).isEmpty();
    assertThat(api.get(list() + "?size=0").status()).isEqualTo(400);
    assertThat(api.get(list() + "?size=501").status()).isEqualTo(400);
    assertThat(api.get(list() + "?page=-1").status()).isEqualTo(400);
  }

  @Test
  @DisplayName("R-MCP-1: a page of 40 MCPs takes as many queries as a page of 2 (no select per row)")
  void aPageTakesAFixedNumberOfQueries() {
    for (int i = 0; i < 40; i++) {
      mcps.associate(partner, mcps.register("Many", "Mcp" + i, "MCSA_WINDOWS_10", "MCSE_MOBILITY"), paris);
    }
    Statistics statistics = entityManagers.unwrap(SessionFactory.class).getStatistics();
    statistics.setStatisticsEnabled(true);
    try {
      statistics.clear();
      assertThat(service.list(partner.organizationId(), McpFilter.associated(),
          Paging.of(0, 2, McpService.ORDER)).getContent()).hasSize(2)
          .allSatisfy(m -> assertThat(m.trainings()).hasSize(1));
      long small = statistics.getPrepareStatementCount();
      statistics.clear();
      assertThat(service.list(partner.organizationId(), McpFilter.associated(),
          Paging.of(0, 40, McpService.ORDER)).getContent()).hasSize(40)
          .allSatisfy(m -> assertThat(m.certifications()).hasSize(2));
      long large = statistics.getPrepareStatementCount();
      assertThat(large).isLessThanOrEqualTo(small).isLessThanOrEqualTo(5);
    } finally {
      statistics.setStatisticsEnabled(false);
    }
  }

  @Test
  @DisplayName("R-MCP-1: the CSV export has the exact header, every matching row, and names with commas and quotes round-trip")
  void theExportParsesBack() throws IOException {
    String quoted = mcps.register("Seán", "O'Brien, \"Jr\"", "MCSA_OFFICE_365", "MCSD_APP_BUILDER");
    String other = mcps.register("Ann", "Other", "MCSE_CLOUD_PLATFORM");
    String formula = mcps.register("=cmd", "Formula", "MCSA_WINDOWS_10");
    mcps.associate(partner, quoted, paris);
    mcps.associate(partner, other, partner.hqLocationId());
    mcps.associate(partner, formula, partner.hqLocationId());

    Http.Response export = api.get(list() + ".csv");
    assertThat(export.status()).isEqualTo(200);
    assertThat(export.header("Content-Type")).startsWith("text/csv");
    assertThat(export.header("Content-Disposition")).isEqualTo("attachment; filename=\"mcps.csv\"");
    List<CSVRecord> rows = parse(export.body());
    assertThat(rows).extracting(r -> r.get("mcpId")).containsExactly(formula, quoted, other);

    CSVRecord record = rows.get(1);
    assertThat(record.get("firstName")).isEqualTo("Seán");
    assertThat(record.get("lastName")).isEqualTo("O'Brien, \"Jr\"");
    assertThat(record.get("email")).isEqualTo(TestMcps.email(quoted));
    assertThat(record.get("location")).isEqualTo("Paris");
    assertThat(record.get("certifications")).isEqualTo("MCSA_OFFICE_365; MCSD_APP_BUILDER");
    assertThat(record.get("competencies"))
        .isEqualTo("APPLICATION_DEVELOPMENT; CLOUD_PRODUCTIVITY; SMALL_AND_MIDMARKET_CLOUD_SOLUTIONS; MESSAGING");
    assertThat(rows.get(0).get("firstName")).as("no formula for a spreadsheet").isEqualTo("'=cmd");

    List<CSVRecord> filtered = parse(api.get(list() + ".csv?locationId=" + paris + "&name=o'b").body());
    assertThat(filtered).extracting(r -> r.get("mcpId")).containsExactly(quoted);
    assertThat(parse(api.get(list() + ".csv?status=INVITED").body())).isEmpty();
    assertThat(api.get(list() + ".csv?certification=KNITTING").status()).isEqualTo(400);
  }

  private static List<CSVRecord> parse(String csv) throws IOException {
    try (CSVParser parser = CSVParser.parse(csv, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
        .get())) {
      assertThat(parser.getHeaderNames()).containsExactly("mcpId", "firstName", "lastName", "email", "location",
          "certifications", "competencies");
      return parser.getRecords();
    }
  }

  private List<String> ids(String path) {
    Http.Response response = api.get(path);
    assertThat(response.status()).as(path).isEqualTo(200);
    return response.json().findValuesAsText("mcpId");
  }

  private String list() {
    return "/api/organizations/" + partner.organizationId() + "/mcps";
  }
}
