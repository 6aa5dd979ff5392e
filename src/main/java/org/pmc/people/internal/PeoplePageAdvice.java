package org.pmc.people.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.pmc.people.Privilege;
import org.pmc.people.internal.AssociatedPageController;
import org.pmc.people.internal.AwaitingPageController;
import org.pmc.people.internal.ContactRole;
import org.pmc.people.internal.ContactsPageController;
import org.pmc.people.internal.IndividualStatus;
import org.pmc.people.internal.InviteMethod;
import org.pmc.people.internal.InvitePageController;
import org.pmc.web.NotFound;
import org.pmc.web.PortalMessages;
import org.pmc.web.Role;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every tab of "Manage People" has: the labels of the values it shows, and the 404 page. */
@ControllerAdvice(assignableTypes = {AssociatedPageController.class, RolePageController.class,
    InvitePageController.class, RequestsPageController.class, AwaitingPageController.class,
    ContactsPageController.class, PrivilegesPageController.class})
class PeoplePageAdvice {

  private final PortalMessages messages;

  PeoplePageAdvice(PortalMessages messages) {
    this.messages = messages;
  }

  @ModelAttribute("labels")
  Map<String, String> labels() {
    return messages.labels(Role.class, IndividualStatus.class, InviteMethod.class, ContactRole.class,
        Privilege.class);
  }

  /** A person of another organization, or none: the portal's 404 page. */
  @ExceptionHandler(NotFound.class)
  void notFound(NotFound e, HttpServletResponse response) throws IOException {
    response.sendError(HttpStatus.NOT_FOUND.value(), e.getMessage());
  }
}
