package org.pmc.mcp.internal;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** The portal's "Invite an MCP" form (a bean, as Thymeleaf's th:field binds to getters). */
public class InvitationForm {

  @NotBlank @Size(max = 20)
  private String mcpId;
  @NotBlank @Email @Size(max = 254)
  private String email;
  @NotNull
  private UUID locationId;

  InviteMcp toInvitation() {
    return new InviteMcp(mcpId, email, locationId);
  }

  public String getMcpId() {
    return mcpId;
  }

  public void setMcpId(String mcpId) {
    this.mcpId = mcpId;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public UUID getLocationId() {
    return locationId;
  }

  public void setLocationId(UUID locationId) {
    this.locationId = locationId;
  }
}
