package org.pmc.competency;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface LocationCompetencies extends JpaRepository<LocationCompetency, LocationCompetency.Key> {

  List<LocationCompetency> findByOrganizationId(UUID organizationId);
}
