package org.pmc.support.internal;

import java.util.List;
import java.util.UUID;
import org.pmc.support.internal.TicketEvent;
import org.springframework.data.jpa.repository.JpaRepository;

interface TicketHistory extends JpaRepository<TicketEvent, UUID> {

  List<TicketEvent> findByTicketIdOrderByAtAsc(UUID ticketId);
}
