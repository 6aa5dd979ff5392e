package org.pmc.requests;

import java.time.Instant;
import java.util.List;

/**
 * One request with its steps (api.md "The partner's overview"). An ended request has an end and no current step;
 * {@code current} lists the diagram's elements that are active now, for marking them.
 */
public record RequestDetail(RequestType type, String id, String title, Instant startedAt, Instant endedAt,
    String step, WaitingFor waitingFor, Instant since, String nextEvent, Instant nextEventAt,
    List<RequestStep> steps, List<String> current) {}
