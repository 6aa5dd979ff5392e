package org.pmc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: each module owns its tables. Every table the migrations create has one owning module here, and no
 * module's SQL (native or JPQL, in any string of its code) reads or writes another module's table: it asks the
 * owner's public API or publishes an event the owner handles.
 */
class ModuleTablesTest {

  private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
  private static final Path SOURCES = Path.of("src/main/java/org/pmc");
  private static final Pattern CREATE_TABLE =
      Pattern.compile("create table (?:if not exists )?(\\w+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern STRING = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\]|\\\\.)*)\"", Pattern.DOTALL);
  /** A string is read as SQL when it has a clause of its own; log lines ("removed from organization") have none. */
  private static final Pattern SQL = Pattern.compile(
      "\\b(select|insert|delete|update \\w+ set|join|where|on conflict)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern TABLE_USE =
      Pattern.compile("\\b(?:from|join|update|into|exists)\\s+([A-Za-z_]+)", Pattern.CASE_INSENSITIVE);

  /** Which module owns each table (Spring Session's and the rate limiter's tables belong to security). */
  private static final Map<String, String> OWNER = Map.ofEntries(
      Map.entry("organization", "organization"), Map.entry("location", "organization"),
      Map.entry("pending_registration", "people"), Map.entry("individual", "people"),
      Map.entry("admin_location", "people"), Map.entry("location_contact", "people"),
      Map.entry("privilege_grant", "people"), Map.entry("pending_association_request", "people"),
      Map.entry("password_reset", "people"),
      Map.entry("activity", "activity"), Map.entry("mail_quota", "notification"), Map.entry("sent_mail", "notification"),
      Map.entry("professional", "mcp"), Map.entry("professional_certification", "mcp"),
      Map.entry("certification", "mcp"), Map.entry("certification_competency", "mcp"),
      Map.entry("mcp_association", "mcp"), Map.entry("training", "mcp"),
      Map.entry("customer_reference", "reference"), Map.entry("location_competency", "competency"),
      Map.entry("level_benefit", "membership"), Map.entry("license_grant", "ordering"),
      Map.entry("software_product", "membership"), Map.entry("product_key", "membership"),
      Map.entry("abtk_benefit", "ordering"), Map.entry("abtk_benefit_grant", "ordering"),
      Map.entry("abtk_order", "ordering"), Map.entry("abtk_order_competency", "ordering"),
      Map.entry("action_pack_order", "ordering"), Map.entry("plaque_order", "ordering"),
      Map.entry("plaque_order_item", "ordering"), Map.entry("plaque_price", "ordering"),
      Map.entry("invoice", "ordering"), Map.entry("renewal", "ordering"), Map.entry("invoice_number", "ordering"), Map.entry("payment", "ordering"), Map.entry("shipment", "ordering"),
      Map.entry("checkout_session", "ordering"),
      Map.entry("program_agreement", "membership"), Map.entry("agreement_acceptance", "membership"),
      Map.entry("review", "review"), Map.entry("support_ticket", "support"), Map.entry("ticket_history", "support"),
      Map.entry("support_article", "support"), Map.entry("support_category", "support"),
      Map.entry("support_issue", "support"), Map.entry("support_topic", "support"), Map.entry("named_contact", "support"),
      Map.entry("sign_in_failure", "security"), Map.entry("rate_limit_bucket", "security"),
      Map.entry("spring_session", "security"), Map.entry("spring_session_attributes", "security"));

  @Test
  @DisplayName("Every table the migrations create has an owning module")
  void everyTableHasAnOwner() {
    assertThat(OWNER.keySet()).containsExactlyInAnyOrderElementsOf(createdTables());
  }

  @Test
  @DisplayName("No module's SQL names another module's table")
  void modulesUseOnlyTheirOwnTables() {
    List<String> foreign = new ArrayList<>();
    for (Path file : javaFiles()) {
      String module = SOURCES.relativize(file).getName(0).toString();
      tablesNamedIn(read(file)).stream()
          .filter(table -> OWNER.containsKey(table) && !OWNER.get(table).equals(module))
          .forEach(table -> foreign.add(SOURCES.relativize(file) + " names " + table + " of " + OWNER.get(table)));
    }
    assertThat(foreign).isEmpty();
  }

  private static Set<String> createdTables() {
    Set<String> tables = new TreeSet<>();
    try (Stream<Path> files = Files.list(MIGRATIONS)) {
      files.forEach(file -> {
        Matcher created = CREATE_TABLE.matcher(read(file));
        while (created.find()) {
          tables.add(created.group(1).toLowerCase(Locale.ROOT));
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tables;
  }

  /** Table names in the code's strings; a JPQL entity name (CustomerReference) is read as its table. */
  private static Set<String> tablesNamedIn(String code) {
    Set<String> tables = new TreeSet<>();
    Matcher string = STRING.matcher(code);
    while (string.find()) {
      String text = string.group(1) != null ? string.group(1) : string.group(2);
      if (!SQL.matcher(text).find()) {
        continue;
      }
      Matcher use = TABLE_USE.matcher(text);
      while (use.find()) {
        tables.add(use.group(1).replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT));
      }
    }
    return tables;
  }

  private static List<Path> javaFiles() {
    try (Stream<Path> files = Files.walk(SOURCES)) {
      return files.filter(file -> file.toString().endsWith(".java")).collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
