package org.pmc.mcp.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pmc.mcp.internal.Certification;

/**
 * A professional in the program's certification registry, known by MCP ID: who they are, the address an
 * invitation must name, the certifications they hold and the trainings they completed (R-MCP-3).
 * Program staff keep it; partners only read it through an association.
 */
@Entity
public class Professional {

  @Id
  private String mcpId;
  private String firstName;
  private String lastName;
  private String email;
  /** Certification code to the date it was earned. */
  @ElementCollection
  @CollectionTable(name = "professional_certification", joinColumns = @JoinColumn(name = "mcp_id"))
  @MapKeyColumn(name = "certification_code")
  @Column(name = "earned_on")
  private Map<String, LocalDate> certifications = new HashMap<>();
  @ElementCollection
  @CollectionTable(name = "training", joinColumns = @JoinColumn(name = "mcp_id"))
  private List<Training> trainings = new ArrayList<>();
  @Version
  private long version;

  protected Professional() {}

  public Professional(String mcpId, RegisterProfessional details) {
    this.mcpId = mcpId;
    replaceWith(details);
  }

  /** The registry holds what staff entered last: a registration replaces the whole record. */
  public void replaceWith(RegisterProfessional details) {
    this.firstName = details.firstName().trim();
    this.lastName = details.lastName().trim();
    this.email = details.email().trim().toLowerCase(Locale.ROOT);
    this.certifications.clear();
    details.certifications().forEach(c -> certifications.put(c.code(), c.earnedOn()));
    this.trainings.clear();
    details.trainings().forEach(t -> trainings.add(new Training(t.title().trim(), t.completedOn())));
  }

  /** Invitations name the MCP by ID and the address they registered with, in any case. */
  public boolean hasEmail(String candidate) {
    return candidate != null && email.equalsIgnoreCase(candidate.trim());
  }

  public String getMcpId() {
    return mcpId;
  }

  public String getFirstName() {
    return firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public String getEmail() {
    return email;
  }

  public Map<String, LocalDate> getCertifications() {
    return certifications;
  }

  public List<Training> getTrainings() {
    return trainings;
  }
}
