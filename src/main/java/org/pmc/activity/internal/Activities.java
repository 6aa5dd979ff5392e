package org.pmc.activity.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Activities extends JpaRepository<Activity, UUID>, JpaSpecificationExecutor<Activity> {

  /** The types that occur in this organization's log, for the type filter. */
  @Query("select distinct a.type from Activity a where a.organizationId = :organizationId order by a.type")
  List<String> typesIn(@Param("organizationId") UUID organizationId);

  /** R-LOC-8: the merged organization's entries move to the survivor, marked with where they came from. */
  @Modifying
  @Query("""
      update Activity a set a.organizationId = :organizationId, a.origin = coalesce(a.origin, :origin)
      where a.organizationId = :mergedOrganizationId""")
  int moveTo(@Param("organizationId") UUID organizationId, @Param("mergedOrganizationId") UUID merged,
      @Param("origin") String origin);
}
