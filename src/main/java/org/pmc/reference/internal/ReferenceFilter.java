package org.pmc.reference.internal;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.pmc.competency.Competency;
import org.pmc.reference.ReferenceStatus;
import org.pmc.reference.internal.CustomerReference;
import org.springframework.data.jpa.domain.Specification;

/** Filters of the reference list. */
public record ReferenceFilter(ReferenceStatus status, UUID locationId, Competency competency) {

  public Specification<CustomerReference> in(UUID organizationId) {
    return (root, query, cb) -> {
      List<Predicate> where = new ArrayList<>();
      where.add(cb.equal(root.get("organizationId"), organizationId));
      if (status != null) {
        where.add(cb.equal(root.get("status"), status));
      }
      if (locationId != null) {
        where.add(cb.equal(root.get("locationId"), locationId));
      }
      if (competency != null) {
        where.add(cb.equal(root.get("competency"), competency));
      }
      return cb.and(where.toArray(Predicate[]::new));
    };
  }
}
