package org.pmc.mcp.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pmc.mcp.internal.AssociationStatus;
import org.pmc.mcp.internal.McpAssociation;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Lists fetch the professional with the association (one query per page, not one per row). */
public interface McpAssociations extends JpaRepository<McpAssociation, UUID>, JpaSpecificationExecutor<McpAssociation> {

  @Override
  @EntityGraph(attributePaths = "professional")
  Page<McpAssociation> findAll(Specification<McpAssociation> spec, Pageable pageable);

  @Override
  @EntityGraph(attributePaths = "professional")
  List<McpAssociation> findAll(Specification<McpAssociation> spec, Sort sort);

  List<McpAssociation> findByOrganizationIdAndStatus(UUID organizationId, AssociationStatus status);

  List<McpAssociation> findByOrganizationIdAndLocationIdInAndStatus(UUID organizationId,
      Collection<UUID> locationIds, AssociationStatus status);

  Optional<McpAssociation> findByMcpIdAndStatusNot(String mcpId, AssociationStatus status);

  Optional<McpAssociation> findByOrganizationIdAndMcpIdAndStatusNot(UUID organizationId, String mcpId,
      AssociationStatus status);

  long countByLocationIdAndStatusNot(UUID locationId, AssociationStatus status);

  long countByOrganizationIdAndStatusNot(UUID organizationId, AssociationStatus status);

  /** R-LOC-7: the merged organization's MCP associations move here, versions bumped. */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query("""
      update McpAssociation a set a.organizationId = :organizationId, a.version = a.version + 1
      where a.organizationId = :mergedOrganizationId""")
  int moveTo(@Param("organizationId") UUID organizationId, @Param("mergedOrganizationId") UUID merged);

  /** R-LOC-9: the invitations of a dissociated location still open move to its parent, versions bumped. */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query("update McpAssociation a set a.locationId = :parentId, a.version = a.version + 1"
      + " where a.locationId = :locationId and a.status = org.pmc.mcp.internal.AssociationStatus.INVITED")
  int moveInvited(@Param("locationId") UUID locationId, @Param("parentId") UUID parentId);
}
