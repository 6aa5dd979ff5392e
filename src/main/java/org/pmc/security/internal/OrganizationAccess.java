package org.pmc.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.pmc.organization.OrganizationService;
import org.pmc.web.PortalUser;
import org.pmc.web.ProblemType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * A partner user sees only their own organization: every {@code /api/organizations/{org}/**} request
 * for another organization answers 403, or 404 when no such organization exists.
 */
@Component
class OrganizationAccess implements HandlerInterceptor {

  private final OrganizationService organizations;

  OrganizationAccess(OrganizationService organizations) {
    this.organizations = organizations;
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
      throws Exception {
    Optional<UUID> org = requestedOrganization(request);
    if (org.isEmpty()) {
      return true;
    }
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof PortalUser user
        && user.organizationId().equals(org.get())) {
      return true;
    }
    if (organizations.exists(org.get())) {
      ProblemResponses.write(response, ProblemType.FORBIDDEN, "This is another organization.");
    } else {
      ProblemResponses.write(response, ProblemType.NOT_FOUND, "No such organization.");
    }
    return false;
  }

  @SuppressWarnings("unchecked")
  private static Optional<UUID> requestedOrganization(HttpServletRequest request) {
    Map<String, String> variables =
        (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
    if (variables == null || !variables.containsKey("org")) {
      return Optional.empty();
    }
    try {
      return Optional.of(UUID.fromString(variables.get("org")));
    } catch (IllegalArgumentException malformed) {
      return Optional.empty(); // the controller answers 400 for a malformed id
    }
  }
}
