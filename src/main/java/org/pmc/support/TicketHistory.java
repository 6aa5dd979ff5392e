package org.pmc.support;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface TicketHistory extends JpaRepository<TicketEvent, UUID> {

  List<TicketEvent> findByTicketIdOrderByAtAsc(UUID ticketId);
}
