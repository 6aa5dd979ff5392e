package org.pmc.competency.internal;

import java.util.List;
import org.pmc.competency.CompetencyLevel;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * R-COMP-3 (decided, configurable): approved references and MCPs a location needs per level. Defaults
 * silver 3 references and 2 MCPs, gold 5 and 4; set {@code pmc.competency.silver.*} and
 * {@code pmc.competency.gold.*} to change them.
 */
@ConfigurationProperties("pmc.competency")
public record CompetencyRequirements(Level silver, Level gold) {

  public CompetencyRequirements {
    silver = silver == null ? new Level(3, 2) : silver;
    gold = gold == null ? new Level(5, 4) : gold;
  }

  public Requirement of(CompetencyLevel level) {
    Level values = level == CompetencyLevel.GOLD ? gold : silver;
    return new Requirement(level, values.customerReferences(), values.mcps());
  }

  public List<Requirement> all() {
    return List.of(new Requirement(CompetencyLevel.SILVER, silver.customerReferences(), silver.mcps()),
        new Requirement(CompetencyLevel.GOLD, gold.customerReferences(), gold.mcps()));
  }

  public record Level(int customerReferences, int mcps) {}
}
