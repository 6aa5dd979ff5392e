package org.pmc.mcp.internal;

import java.util.List;
import org.pmc.mcp.internal.Certification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Certifications extends JpaRepository<Certification, String> {

  /** The whole catalog with the competencies of each certification, in one query. */
  @Query("select c from Certification c left join fetch c.competencies")
  List<Certification> catalog();
}
