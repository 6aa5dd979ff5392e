package org.pmc.requests.internal;

import java.util.Optional;
import org.pmc.requests.OpenRequests;
import org.pmc.requests.RequestType;
import org.pmc.requests.WaitingFor;
import org.pmc.web.Paging;
import org.pmc.web.PortalUser;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** "Requests": where each of the organization's requests stands, and one request's steps and diagram. */
@Controller
class RequestPortalController {

  private static final int PAGE_SIZE = 50;

  private final OpenRequests requests;
  private final RequestHistory history;
  private final RelativeTimes times;

  RequestPortalController(OpenRequests requests, RequestHistory history, RelativeTimes times) {
    this.requests = requests;
    this.history = history;
    this.times = times;
  }

  @GetMapping("/portal/requests")
  String list(@AuthenticationPrincipal PortalUser user, @RequestParam Optional<RequestType> type,
      @RequestParam(defaultValue = "false") boolean waitingForUs, @RequestParam(defaultValue = "0") int page,
      Model model) {
    model.addAttribute("requests", requests.of(user.organizationId(), type, waitingForUs,
        Paging.of(page, PAGE_SIZE)));
    model.addAttribute("types", RequestType.values());
    model.addAttribute("selectedType", type.orElse(null));
    model.addAttribute("waitingForUs", waitingForUs);
    model.addAttribute("partner", WaitingFor.PARTNER);
    model.addAttribute("times", times);
    return "requests/list";
  }

  @GetMapping("/portal/requests/{type}/{id}")
  String one(@AuthenticationPrincipal PortalUser user, @PathVariable RequestType type, @PathVariable String id,
      Model model) {
    model.addAttribute("request", history.detail(user.organizationId(), type, RequestController.checked(id)));
    model.addAttribute("times", times);
    return "requests/detail";
  }

  /** The request's process model, which the page's viewer (bpmn-js) draws with the current step marked. */
  @GetMapping("/portal/requests/{type}/{id}/diagram")
  ResponseEntity<byte[]> diagram(@AuthenticationPrincipal PortalUser user, @PathVariable RequestType type,
      @PathVariable String id) {
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML)
        .body(history.diagram(user.organizationId(), type, RequestController.checked(id)));
  }
}
