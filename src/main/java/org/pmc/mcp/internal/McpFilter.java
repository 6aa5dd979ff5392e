package org.pmc.mcp.internal;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.MapJoin;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.pmc.mcp.internal.AssociationStatus;
import org.pmc.mcp.internal.McpAssociation;
import org.springframework.data.jpa.domain.Specification;

/**
 * Filters of the MCP list (R-MCP-1): location, certification (code), name (prefix of the first or last
 * name, any case) and MCP ID (exact). Without a status the list shows associated MCPs.
 */
public record McpFilter(AssociationStatus status, UUID locationId, String certification, String name,
    String mcpId) {

  public McpFilter {
    certification = blankToNull(certification);
    name = blankToNull(name);
    mcpId = blankToNull(mcpId);
  }

  public static McpFilter associated() {
    return new McpFilter(null, null, null, null, null);
  }

  public AssociationStatus effectiveStatus() {
    return status == null ? AssociationStatus.ASSOCIATED : status;
  }

  public Specification<McpAssociation> in(UUID organizationId) {
    return (root, query, cb) -> {
      List<Predicate> where = new ArrayList<>();
      where.add(cb.equal(root.get("organizationId"), organizationId));
      where.add(cb.equal(root.get("status"), effectiveStatus()));
      if (locationId != null) {
        where.add(cb.equal(root.get("locationId"), locationId));
      }
      if (mcpId != null) {
        where.add(cb.equal(root.get("mcpId"), mcpId));
      }
      if (name != null) {
        Path<Professional> professional = root.get("professional");
        String pattern = escape(name.toLowerCase(Locale.ROOT)) + "%";
        where.add(cb.or(
            cb.like(cb.lower(professional.get("firstName")), pattern, '\\'),
            cb.like(cb.lower(professional.get("lastName")), pattern, '\\')));
      }
      if (certification != null) {
        where.add(cb.exists(holding(root, query.subquery(String.class), cb)));
      }
      return cb.and(where.toArray(Predicate[]::new));
    };
  }

  /** The MCP of this association holds the certification. */
  private Subquery<String> holding(Root<McpAssociation> root, Subquery<String> subquery, CriteriaBuilder cb) {
    Root<Professional> professional = subquery.from(Professional.class);
    MapJoin<Professional, String, LocalDate> held = professional.joinMap("certifications");
    Expression<String> code = held.key();
    return subquery.select(professional.get("mcpId"))
        .where(cb.equal(professional.get("mcpId"), root.get("mcpId")), cb.equal(code, certification));
  }

  private static String escape(String prefix) {
    return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
