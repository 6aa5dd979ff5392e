package org.pmc.people.internal;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.pmc.people.internal.Individual;
import org.pmc.people.internal.IndividualStatus;
import org.springframework.data.jpa.domain.Specification;

/** Filters of the People lists (R-PPL-3: first name, last name, email; plus status and location). */
public record PeopleFilter(IndividualStatus status, String firstName, String lastName, String email,
    UUID locationId) {

  public Specification<Individual> in(UUID organizationId) {
    return (root, query, cb) -> {
      List<Predicate> where = new ArrayList<>();
      where.add(cb.equal(root.get("organizationId"), organizationId));
      if (status != null) {
        where.add(cb.equal(root.get("status"), status));
      }
      if (locationId != null) {
        where.add(cb.equal(root.get("locationId"), locationId));
      }
      addPrefix(where, cb, root.get("firstName"), firstName);
      addPrefix(where, cb, root.get("lastName"), lastName);
      addPrefix(where, cb, root.get("email"), email);
      return cb.and(where.toArray(Predicate[]::new));
    };
  }

  private static void addPrefix(List<Predicate> where, jakarta.persistence.criteria.CriteriaBuilder cb,
      jakarta.persistence.criteria.Path<String> field, String prefix) {
    if (prefix != null && !prefix.isBlank()) {
      String escaped = prefix.trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
          .replace("_", "\\_");
      where.add(cb.like(cb.lower(field), escaped + "%", '\\'));
    }
  }
}
