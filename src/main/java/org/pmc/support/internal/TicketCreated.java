package org.pmc.support.internal;

import java.util.List;
import java.util.UUID;
import org.pmc.support.internal.SupportCatalog;
import org.pmc.support.internal.SupportChannel;

/** The answer to raising a ticket: where it went, and the self-help articles for its issue (R-SUP-2). */
public record TicketCreated(UUID id, SupportChannel channel, TicketStatus status,
    List<SupportCatalog.Article> suggestions) {}
