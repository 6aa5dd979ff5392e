package org.pmc.requests;

import java.time.Instant;

/** One step a request went through, from the process history: open steps have no end; {@code by} who did it. */
public record RequestStep(String name, Instant startedAt, Instant endedAt, String by) {}
