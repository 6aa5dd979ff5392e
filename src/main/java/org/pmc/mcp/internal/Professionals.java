package org.pmc.mcp.internal;

import java.util.Collection;
import java.util.List;
import org.pmc.mcp.internal.Professional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * The registry. A list page loads its professionals' certifications and trainings with the two fetch
 * queries below, one per collection (fetching both in one query would multiply the rows). Hibernate returns each professional once.
 */
public interface Professionals extends JpaRepository<Professional, String> {

  @Query("select p from Professional p left join fetch p.certifications where p.mcpId in :ids")
  List<Professional> withCertifications(Collection<String> ids);

  @Query("select p from Professional p left join fetch p.trainings where p.mcpId in :ids")
  List<Professional> withTrainings(Collection<String> ids);
}
