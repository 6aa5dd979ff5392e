package org.pmc.requests;

import java.time.Instant;

/**
 * One open request as the partner sees it: its current step in plain words, whom it waits for since when, and the
 * next thing that will happen (a timer of the process) and when; no next event when nothing is scheduled.
 */
public record OpenRequest(RequestType type, String id, String title, Instant startedAt, String step,
    WaitingFor waitingFor, Instant since, String nextEvent, Instant nextEventAt) {}
