package org.pmc.requests;

/**
 * Whom a request waits for. A model names it with the property {@code request.waitingFor} on a wait state or an
 * enclosing scope; {@code SETTLED} there marks a wait that is no open request any more (an approved reference
 * waiting for its expiry).
 */
public enum WaitingFor {
  CUSTOMER, PARTNER, RSC, BILLING, PERSON, SYSTEM
}
