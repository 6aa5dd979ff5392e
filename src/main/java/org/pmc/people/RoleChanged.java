package org.pmc.people;

import java.util.UUID;
import org.pmc.web.Role;

/** Published in the transaction that gives a person another role (R-ROLE-4), so their sessions end (issue 13). */
public record RoleChanged(UUID organizationId, UUID individualId, Role from, Role to) {}
