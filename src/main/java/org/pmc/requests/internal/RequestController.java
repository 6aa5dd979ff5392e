package org.pmc.requests.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pmc.requests.OpenRequest;
import org.pmc.requests.OpenRequests;
import org.pmc.requests.RequestDetail;
import org.pmc.requests.RequestType;
import org.pmc.web.InvalidField;
import org.pmc.web.Paging;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The partner's overview over the API: open requests, and one request with its steps. Anyone of the organization. */
@RestController
class RequestController {

  private static final int MAX_ID = 64;

  private final OpenRequests requests;
  private final RequestHistory history;

  RequestController(OpenRequests requests, RequestHistory history) {
    this.requests = requests;
    this.history = history;
  }

  /** Waiting for the partner first, then the oldest wait first; {@code waitingForUs} keeps the partner's own. */
  @Operation(summary = "List the organization's open requests: current step, whom each waits for, what happens next")
  @GetMapping("/api/organizations/{org}/requests")
  ResponseEntity<List<OpenRequest>> open(@PathVariable UUID org, @RequestParam Optional<RequestType> type,
      @RequestParam(defaultValue = "false") boolean waitingForUs, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
    return Paging.response(requests.of(org, type, waitingForUs, Paging.of(page, size)));
  }

  @Operation(summary = "Show one request with its steps from the process history")
  @GetMapping("/api/organizations/{org}/requests/{type}/{id}")
  RequestDetail one(@PathVariable UUID org, @PathVariable RequestType type, @PathVariable String id) {
    return history.detail(org, type, checked(id));
  }

  /** Request ids are the application's UUIDs; anything longer is no id of ours. */
  static String checked(String id) {
    if (id.length() > MAX_ID) {
      throw new InvalidField("id", "is no request id");
    }
    return id;
  }
}
