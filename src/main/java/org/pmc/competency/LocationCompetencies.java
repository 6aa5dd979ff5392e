package org.pmc.competency;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface LocationCompetencies extends JpaRepository<LocationCompetency, LocationCompetency.Key> {

  List<LocationCompetency> findByOrganizationId(UUID organizationId);

  /**
   * Locks the organization's row until the transaction ends, so its re-evaluations run one after the
   * other on every node: two answers at once would otherwise both add the same competency row (a
   * duplicate key) or both change it (an optimistic-locking failure), and the customer's answer is lost.
   */
  @Query(value = "select 1 from organization where id = :organizationId for update", nativeQuery = true)
  Integer lockOrganization(@Param("organizationId") UUID organizationId);
}
