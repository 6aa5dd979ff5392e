package org.pmc.organization.internal;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The staff console finds an organization by a part of its name (any case) or by its partner number (R-PPL-8). */
interface OrganizationSearch extends Repository<Organization, UUID> {

  /** {@code pattern} is a lower-case LIKE pattern with {@code \} escaping; by name, the id breaking ties. */
  @Query(value = """
      select new org.pmc.organization.internal.OrganizationMatch(o.id, o.name, o.partnerNumber, o.membershipLevel,
        o.anniversaryDate, o.mergedInto)
      from Organization o where lower(o.name) like :pattern escape '\\' or o.partnerNumber = :number
      order by lower(o.name), o.id""",
      countQuery = """
      select count(o) from Organization o where lower(o.name) like :pattern escape '\\' or o.partnerNumber = :number""")
  Page<OrganizationMatch> find(@Param("pattern") String pattern, @Param("number") String number, Pageable page);
}
