package org.pmc.mcp.internal;

import java.time.LocalDate;
import java.util.List;
import org.pmc.mcp.McpService;
import org.pmc.mcp.internal.RegisterProfessional.EarnedCertification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A few professionals in the registry when {@code pmc.demo-data=true}, so the demo organization has MCPs
 * to invite from the "MCPs" page (docs/user-guide.md lists their MCP IDs and addresses). Running it again changes
 * nothing; a professional already in the registry is left as it is.
 */
// Before the demo organization's runner, which invites some of these professionals.
@Order(0)
@Component
@ConditionalOnProperty(name = "pmc.demo-data", havingValue = "true")
class DemoProfessionals implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoProfessionals.class);

  private static final List<Demo> PROFESSIONALS = List.of(
      new Demo("1000001", new RegisterProfessional("Megan", "Bowen", "megan.bowen@mcp.example",
          List.of(certified("MCSA_OFFICE_365", "2024-03-12"), certified("MCSE_PRODUCTIVITY", "2025-01-20")),
          List.of(new Training("Microsoft 365 Messaging", LocalDate.parse("2024-11-04"))))),
      new Demo("1000002", new RegisterProfessional("Alex", "Wilber", "alex.wilber@mcp.example",
          List.of(certified("MCSE_CLOUD_PLATFORM", "2023-09-01")),
          List.of(new Training("Azure Administrator", LocalDate.parse("2025-02-14"))))),
      new Demo("1000003", new RegisterProfessional("Diego", "Siciliani", "diego.siciliani@mcp.example",
          List.of(certified("MCSE_DATA_MANAGEMENT", "2024-06-30"), certified("MCSA_SQL_2016_BI", "2023-05-18")),
          List.of())),
      new Demo("1000004", new RegisterProfessional("Isaiah", "Langer", "isaiah.langer@mcp.example",
          List.of(certified("MCSD_APP_BUILDER", "2025-04-02")),
          List.of(new Training("Developing Solutions for Microsoft Azure", LocalDate.parse("2025-03-10"))))),
      new Demo("1000005", new RegisterProfessional("Lynne", "Robbins", "lynne.robbins@mcp.example",
          List.of(certified("MCSA_DYNAMICS_365", "2024-10-07"), certified("MCSA_WINDOWS_10", "2022-12-01")),
          List.of(new Training("Dynamics 365 Finance", LocalDate.parse("2025-05-21"))))),
      new Demo("1000006", new RegisterProfessional("Johanna", "Lorenz", "johanna.lorenz@mcp.example",
          List.of(certified("MCSE_PRODUCTIVITY", "2024-08-19")), List.of())),
      new Demo("1000007", new RegisterProfessional("Lee", "Gu", "lee.gu@mcp.example",
          List.of(certified("MCSA_OFFICE_365", "2025-02-03")), List.of())));

  private final McpService mcps;

  DemoProfessionals(McpService mcps) {
    this.mcps = mcps;
  }

  @Override
  public void run(ApplicationArguments args) {
    int added = 0;
    for (Demo demo : PROFESSIONALS) {
      if (!mcps.isRegistered(demo.mcpId())) {
        mcps.register(demo.mcpId(), demo.professional());
        added++;
      }
    }
    if (added > 0) {
      log.info("{} demo professional(s) added to the MCP registry (MCP IDs 1000001 to 1000007)", added);
    }
  }

  private static EarnedCertification certified(String code, String earnedOn) {
    return new EarnedCertification(code, LocalDate.parse(earnedOn));
  }

  private record Demo(String mcpId, RegisterProfessional professional) {}
}
