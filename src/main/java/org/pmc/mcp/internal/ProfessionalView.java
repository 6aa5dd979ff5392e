package org.pmc.mcp.internal;

import java.util.List;
import org.pmc.competency.Competency;
import org.pmc.mcp.internal.CertificationCatalog;
import org.pmc.mcp.internal.CertificationView;
import org.pmc.mcp.internal.McpView;
import org.pmc.mcp.internal.Professional;

/** A professional as the registry holds them (staff API). */
public record ProfessionalView(String mcpId, String firstName, String lastName, String email,
    List<CertificationView> certifications, List<Competency> competencies, List<Training> trainings) {

  public static ProfessionalView of(Professional professional, CertificationCatalog catalog) {
    return new ProfessionalView(professional.getMcpId(), professional.getFirstName(), professional.getLastName(),
        professional.getEmail(), McpView.certifications(professional, catalog),
        catalog.competencies(professional.getCertifications().keySet()), McpView.trainings(professional));
  }
}
