package org.pmc.mcp.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import java.util.EnumSet;
import java.util.Set;
import org.pmc.competency.Competency;

/**
 * A professional certification of the program, and the competencies it counts toward (R-MCP-3,
 * R-COMP-3). Reference data from the migration: the application only reads it.
 */
@Entity
public class Certification {

  @Id
  private String code;
  private String title;
  @ElementCollection
  @CollectionTable(name = "certification_competency", joinColumns = @JoinColumn(name = "certification_code"))
  @Column(name = "competency")
  @Enumerated(EnumType.STRING)
  private Set<Competency> competencies = EnumSet.noneOf(Competency.class);

  protected Certification() {}

  public String getCode() {
    return code;
  }

  public String getTitle() {
    return title;
  }

  public Set<Competency> getCompetencies() {
    return competencies;
  }
}
