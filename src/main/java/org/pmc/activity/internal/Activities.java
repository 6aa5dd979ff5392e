package org.pmc.activity.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Activities extends JpaRepository<Activity, UUID>, JpaSpecificationExecutor<Activity> {

  /** The types that occur in this organization's log, for the type filter. */
  @Query("select distinct a.type from Activity a where a.organizationId = :organizationId order by a.type")
  List<String> typesIn(@Param("organizationId") UUID organizationId);
}
