package org.pmc.people;

import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface Individuals extends JpaRepository<Individual, UUID>, JpaSpecificationExecutor<Individual> {

  Optional<Individual> findByEmailIgnoreCaseAndStatus(String email, IndividualStatus status);

  boolean existsByEmailIgnoreCaseAndStatusNotIn(String email, Collection<IndividualStatus> statuses);

  Page<Individual> findByOrganizationId(UUID organizationId, Pageable pageable);
}
