package org.pmc.requests;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pmc.requests.internal.EngineRequests;
import org.springframework.stereotype.Service;

/**
 * Every open request of an organization, as the partner sees it (api.md "The partner's overview"): what it waits
 * for first, the oldest wait first. Read in a fixed number of queries whatever the number of requests.
 */
@Service
public class OpenRequests {

  private static final Comparator<OpenRequest> ORDER = Comparator
      .comparing((OpenRequest request) -> !request.waitsForPartner())
      .thenComparing(OpenRequest::since);

  private final EngineRequests engine;

  OpenRequests(EngineRequests engine) {
    this.engine = engine;
  }

  /** Optionally only one type, or only those waiting for the partner ("waiting for us"). */
  public List<OpenRequest> of(UUID organizationId, Optional<RequestType> type, boolean waitingForUs) {
    return engine.open(organizationId).stream()
        .filter(request -> type.map(request.type()::equals).orElse(true))
        .filter(request -> !waitingForUs || request.waitsForPartner())
        .sorted(ORDER)
        .toList();
  }

  public long waitingForUs(UUID organizationId) {
    return of(organizationId, Optional.empty(), true).size();
  }
}
