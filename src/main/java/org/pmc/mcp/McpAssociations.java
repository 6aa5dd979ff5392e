package org.pmc.mcp;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** Lists fetch the professional with the association (one query per page, not one per row). */
interface McpAssociations extends JpaRepository<McpAssociation, UUID>, JpaSpecificationExecutor<McpAssociation> {

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
}
