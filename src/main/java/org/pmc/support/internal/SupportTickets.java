package org.pmc.support.internal;

import java.util.Optional;
import java.util.UUID;
import org.pmc.support.internal.SupportTicket;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SupportTickets extends JpaRepository<SupportTicket, UUID> {

  Page<SupportTicket> findByOrganizationId(UUID organizationId, Pageable pageable);

  Optional<SupportTicket> findByIdAndOrganizationId(UUID id, UUID organizationId);
}
