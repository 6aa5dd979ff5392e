package org.pmc.mcp.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.pmc.competency.Competency;
import org.pmc.mcp.internal.AssociationStatus;
import org.pmc.mcp.internal.CertificationCatalog;
import org.pmc.mcp.internal.CertificationView;
import org.pmc.mcp.internal.McpAssociation;

/**
 * An MCP of the organization as the list and the API show it: who, where, and for R-MCP-3 their
 * certifications, the competencies those count toward, and their trainings (newest first).
 */
public record McpView(String mcpId, String firstName, String lastName, String email, UUID locationId,
    AssociationStatus status, List<CertificationView> certifications, List<Competency> competencies,
    List<Training> trainings, Instant invitedAt, Instant associatedAt) {

  public static McpView of(McpAssociation association, Professional professional, CertificationCatalog catalog) {
    ProfessionalView registered = ProfessionalView.of(professional, catalog);
    return new McpView(association.getMcpId(), registered.firstName(), registered.lastName(), registered.email(),
        association.getLocationId(), association.getStatus(), registered.certifications(),
        registered.competencies(), registered.trainings(), association.getInvitedAt(),
        association.getAssociatedAt());
  }

  static List<CertificationView> certifications(Professional professional, CertificationCatalog catalog) {
    return professional.getCertifications().entrySet().stream()
        .map(held -> new CertificationView(held.getKey(), catalog.title(held.getKey()), held.getValue()))
        .sorted(Comparator.comparing(CertificationView::title))
        .toList();
  }

  static List<Training> trainings(Professional professional) {
    return professional.getTrainings().stream()
        .sorted(Comparator.comparing(Training::completedOn).reversed().thenComparing(Training::title))
        .toList();
  }
}
