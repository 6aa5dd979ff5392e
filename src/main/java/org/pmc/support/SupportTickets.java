package org.pmc.support;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface SupportTickets extends JpaRepository<SupportTicket, UUID> {

  Page<SupportTicket> findByOrganizationId(UUID organizationId, Pageable pageable);

  Optional<SupportTicket> findByIdAndOrganizationId(UUID id, UUID organizationId);
}
