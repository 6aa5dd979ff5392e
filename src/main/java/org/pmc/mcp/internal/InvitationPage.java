package org.pmc.mcp.internal;

import java.time.Instant;
import java.util.Locale;
import org.pmc.mcp.internal.AssociationStatus;

/**
 * The MCP's page behind the invitation link: who invites them and where, and the state recorded so far.
 * {@code open} while the invitation waits for the MCP's answer; {@code language} the one its mail was in.
 */
public record InvitationPage(String partnerName, String locationName, String mcpId, String firstName,
    AssociationStatus status, Instant associatedAt, boolean open, Locale language) {}
