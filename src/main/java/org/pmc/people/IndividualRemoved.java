package org.pmc.people;

import java.util.UUID;

/** Published in the transaction that removes a person, so what they held is released. */
public record IndividualRemoved(UUID organizationId, UUID individualId) {}
