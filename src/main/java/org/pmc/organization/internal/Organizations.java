package org.pmc.organization.internal;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.pmc.organization.OrganizationService;
import org.pmc.organization.internal.Organization;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Organizations extends JpaRepository<Organization, UUID> {

  /** The organization, its row locked until the transaction ends (issue 14: see OrganizationService.lock). */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select o from Organization o where o.id = :id")
  Optional<Organization> lockById(@Param("id") UUID id);

  boolean existsByPartnerNumber(String partnerNumber);

  Optional<Organization> findByPartnerNumber(String partnerNumber);
}
