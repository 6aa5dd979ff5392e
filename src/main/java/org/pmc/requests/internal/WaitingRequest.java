package org.pmc.requests.internal;

import java.time.Instant;
import java.util.Set;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.pmc.requests.RequestType;
import org.pmc.requests.WaitingFor;

/**
 * A request's wait, known from its instances and active steps alone: enough to filter and order a list. Its title
 * and next timer are read only for the requests shown ({@link EngineRequests#complete}).
 */
public record WaitingRequest(HistoricProcessInstance root, RequestType type, String step, WaitingFor waitingFor,
    Instant since, Set<String> instanceIds) {

  public boolean waitsForPartner() {
    return waitingFor == WaitingFor.PARTNER;
  }
}
