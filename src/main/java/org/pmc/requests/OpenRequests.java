package org.pmc.requests;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pmc.requests.internal.EngineRequests;
import org.pmc.requests.internal.WaitingRequest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * Every open request of an organization, as the partner sees it (api.md "The partner's overview"): those waiting
 * for the partner first, then the oldest wait first. Read in a fixed number of queries whatever their number.
 */
@Service
public class OpenRequests {

  private static final Comparator<WaitingRequest> ORDER = Comparator
      .comparing((WaitingRequest request) -> !request.waitsForPartner())
      .thenComparing(WaitingRequest::since);

  private final EngineRequests engine;

  OpenRequests(EngineRequests engine) {
    this.engine = engine;
  }

  /** One page; optionally only one type, or only those waiting for the partner ("waiting for us"). */
  public Page<OpenRequest> of(UUID organizationId, Optional<RequestType> type, boolean waitingForUs,
      Pageable pageable) {
    List<WaitingRequest> all = engine.waiting(organizationId).stream()
        .filter(request -> type.map(request.type()::equals).orElse(true))
        .filter(request -> !waitingForUs || request.waitsForPartner())
        .sorted(ORDER)
        .toList();
    int from = (int) Math.min(pageable.getOffset(), all.size());
    int to = Math.min(from + pageable.getPageSize(), all.size());
    return new PageImpl<>(engine.complete(all.subList(from, to)), pageable, all.size());
  }

  /** How many requests wait for the partner, for the home page. */
  public long waitingForUs(UUID organizationId) {
    return engine.waiting(organizationId).stream().filter(WaitingRequest::waitsForPartner).count();
  }
}
