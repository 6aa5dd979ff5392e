package org.pmc.activity.internal;

import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.pmc.activity.internal.Activity;
import org.pmc.web.InvalidField;
import org.springframework.data.jpa.domain.Specification;

/**
 * Filters of the activity log: days {@code from} and {@code to}, both included and read in UTC (so
 * every user gets the same answer for the same dates), and an exact {@code type}. Each may be absent.
 */
public record ActivityFilter(LocalDate from, LocalDate to, String type) {

  public ActivityFilter {
    if (from != null && to != null && to.isBefore(from)) {
      throw new InvalidField("to", "must not be before from");
    }
    type = type == null || type.isBlank() ? null : type.trim();
  }

  public Specification<Activity> in(UUID organizationId) {
    return (root, query, cb) -> {
      List<Predicate> where = new ArrayList<>();
      where.add(cb.equal(root.get("organizationId"), organizationId));
      if (from != null) {
        where.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), from.atStartOfDay(ZoneOffset.UTC).toInstant()));
      }
      if (to != null) {
        where.add(cb.lessThan(root.get("occurredAt"), to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
      }
      if (type != null) {
        where.add(cb.equal(root.get("type"), type));
      }
      return cb.and(where.toArray(Predicate[]::new));
    };
  }

  /** Entries after this one in newest-first order (older, or as old with a smaller id): the next chunk of an export. */
  public static Specification<Activity> after(Activity last) {
    return (root, query, cb) -> cb.or(
        cb.lessThan(root.get("occurredAt"), last.getOccurredAt()),
        cb.and(cb.equal(root.get("occurredAt"), last.getOccurredAt()),
            cb.lessThan(root.<UUID>get("id"), last.getId())));
  }
}
