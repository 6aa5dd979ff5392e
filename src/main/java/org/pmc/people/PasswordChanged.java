package org.pmc.people;

import java.util.UUID;

/**
 * A person has a new password. Their other sessions end; the session of the request that changed it
 * stays signed in only when {@code keepsThisSession} (a change on My profile, not a reset link).
 */
public record PasswordChanged(UUID organizationId, UUID individualId, boolean keepsThisSession) {}
