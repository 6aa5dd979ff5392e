package org.pmc.organization;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface Locations extends JpaRepository<Location, UUID> {

  List<Location> findByOrganizationIdOrderByName(UUID organizationId);

  Optional<Location> findByIdAndOrganizationId(UUID id, UUID organizationId);

  List<Location> findByOrganizationIdAndIdIn(UUID organizationId, Collection<UUID> ids);
}
