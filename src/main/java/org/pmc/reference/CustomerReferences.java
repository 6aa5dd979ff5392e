package org.pmc.reference;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface CustomerReferences extends JpaRepository<CustomerReference, UUID>,
    JpaSpecificationExecutor<CustomerReference> {

  long countByOrganizationIdAndStatus(UUID organizationId, ReferenceStatus status);

  Optional<CustomerReference> findByIdAndOrganizationId(UUID id, UUID organizationId);
}
