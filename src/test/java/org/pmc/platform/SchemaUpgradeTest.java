package org.pmc.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A database the application filled at schema version 16 is migrated to the latest version: its data survives and
 * the columns added since get their defaults and backfills. Plain JUnit, Flyway and JDBC on an embedded PostgreSQL
 * of its own; no Spring context.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class SchemaUpgradeTest {

  private static final String ORGANIZATION = "00000000-0000-0000-0000-0000000000a1";

  private EmbeddedPostgres postgres;
  private JdbcClient jdbc;

  @BeforeEach
  void freshDatabaseAtVersion16() throws IOException {
    Path data = Files.createTempDirectory(Files.createDirectories(Path.of("target")).toAbsolutePath(), "pg-upgrade-");
    postgres = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(true)
        .setOverrideWorkingDirectory(Files.createDirectories(data.getParent().resolve(".pg-binaries")).toFile())
        .setServerConfig("fsync", "off").start();
    migrate(MigrationVersion.fromVersion("16"));
    jdbc = JdbcClient.create(dataSource());
    jdbc.sql(new ClassPathResource("migration/v16-partner.sql").getContentAsString(StandardCharsets.UTF_8)).update();
  }

  @AfterEach
  void stopDatabase() throws IOException {
    postgres.close();
  }

  @Test
  @DisplayName("A partner stored at V16 survives the migrations since: organization, HQ, people, reference, MCP, paid order")
  void dataOfVersion16SurvivesTheLatestMigrations() {
    migrate(MigrationVersion.LATEST);

    assertThat(jdbc.sql("select name || ' ' || hq_location_id from organization").query(String.class).single())
        .isEqualTo("Fabrikam 00000000-0000-0000-0000-0000000000b1");
    assertThat(jdbc.sql("select name from location where organization_id = ?::uuid order by name").param(ORGANIZATION)
        .query(String.class).list()).containsExactly("Fabrikam Berlin", "Fabrikam HQ");
    assertThat(jdbc.sql("select email || ' ' || role || ' ' || status from individual order by email")
        .query(String.class).list()).containsExactly("ann@fabrikam.example GLOBAL_ADMIN ASSOCIATED",
        "ben@fabrikam.example LOCATION_ADMIN ASSOCIATED", "cleo@fabrikam.example MEMBER AWAITING_PROFILE");
    assertThat(count("location_contact")).isEqualTo(2);
    assertThat(count("privilege_grant")).isEqualTo(1);
    assertThat(count("admin_location")).isEqualTo(1);
    assertThat(jdbc.sql("select status from customer_reference where expires_at = '2027-06-02T09:00:00Z'")
        .query(String.class).single()).isEqualTo("APPROVED");
    assertThat(jdbc.sql("select mcp_id || ' ' || status from mcp_association").query(String.class).single())
        .isEqualTo("MCP-1001 ASSOCIATED");
    assertThat(jdbc.sql("select o.status || ' ' || i.status || ' ' || i.payment_reference || ' ' || i.amount "
        + "from abtk_order o join invoice i on i.order_id = o.id").query(String.class).single())
        .isEqualTo("FULFILLED PAID PAY-1 1536.40");
    assertThat(count("payment")).isEqualTo(1);
    assertThat(count("shipment")).isEqualTo(1);
    // V27: PENDING is now PREPARING; a shipment made before addresses existed has none.
    assertThat(jdbc.sql("select status || ' ' || coalesce(address_line1, '-') from shipment").query(String.class)
        .single()).isEqualTo("PREPARING -");
  }

  @Test
  @DisplayName("R-PPL-8, R-PPL-7: the migrations since V16 give the existing organization a partner number, a mail "
      + "quota trusted since its payment (V21), and its people held_elsewhere false (V24)")
  void newColumnsGetTheirDefaultsAndBackfills() {
    migrate(MigrationVersion.LATEST);

    assertThat(jdbc.sql("select partner_number from organization").query(String.class).single())
        .matches("[1-9][0-9]{6}");
    assertThat(jdbc.sql("select trusted_since = '2025-07-10T12:00:00Z' and used = 0 and daily_limit is null "
        + "from mail_quota where organization_id = ?::uuid").param(ORGANIZATION).query(Boolean.class).single())
        .as("V21: trusted since its first payment, nothing used, no limit set").isTrue();
    assertThat(jdbc.sql("select held_elsewhere from individual").query(Boolean.class).list())
        .hasSize(3).containsOnly(false);
    assertThat(jdbc.sql("select count(*) from individual where invitation_link_id is not null")
        .query(Long.class).single()).as("V19: old links keep naming the person").isZero();
    assertThat(jdbc.sql("select sending_until is null from sent_mail").query(Boolean.class).single())
        .as("V25: a mail sent before claims existed is sent, not claimed").isTrue();
  }

  private long count(String table) {
    return jdbc.sql("select count(*) from " + table).query(Long.class).single();
  }

  private void migrate(MigrationVersion target) {
    Flyway.configure().dataSource(dataSource()).locations("classpath:db/migration").target(target).load().migrate();
  }

  private DataSource dataSource() {
    return postgres.getPostgresDatabase();
  }
}
