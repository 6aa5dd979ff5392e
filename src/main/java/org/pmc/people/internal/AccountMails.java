package org.pmc.people.internal;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.pmc.notification.Mail;
import org.pmc.notification.OutgoingMail;
import org.pmc.notification.SignedLinks;
import org.pmc.organization.OrganizationService;
import org.pmc.organization.OrganizationView;
import org.springframework.stereotype.Service;

/**
 * R-PPL-7: when someone signs up with an address that belongs to an organization already, its owner hears of it
 * by mail, and nobody else: the answer to the request is the same as for a free address.
 */
@Service
public class AccountMails {

  private static final EnumSet<IndividualStatus> GONE = EnumSet.of(IndividualStatus.REJECTED,
      IndividualStatus.REMOVED);

  private final Individuals individuals;
  private final OrganizationService organizations;
  private final SignedLinks links;
  private final OutgoingMail mail;

  AccountMails(Individuals individuals, OrganizationService organizations, SignedLinks links, OutgoingMail mail) {
    this.individuals = individuals;
    this.organizations = organizations;
    this.links = links;
    this.mail = mail;
  }

  /**
   * If the address belongs to an organization (associated, or on the way in), mails its owner "you already have
   * an account" (or "your request is already under way") and returns true; false for a free address.
   */
  public boolean tellOwner(String email) {
    Optional<Individual> owner = individuals.findFirstByEmailIgnoreCaseAndStatusNotIn(email.trim(), GONE);
    if (owner.isEmpty()) {
      return false;
    }
    Individual person = owner.get();
    OrganizationView organization = organizations.organization(person.getOrganizationId());
    boolean associated = person.getStatus() == IndividualStatus.ASSOCIATED;
    Map<String, Object> model = new HashMap<>();
    model.put("firstName", person.getFirstName() == null ? "" : person.getFirstName());
    model.put("organizationName", organization.name());
    model.put("partnerNumber", organization.partnerNumber());
    model.put("associated", associated);
    model.put("signIn", links.page("/portal/login"));
    mail.send(new Mail(person.getEmail(), Mail.Subject.of(associated ? "mail.accountExists.subject.associated"
        : "mail.accountExists.subject.underWay"), "account-exists", model));
    return true;
  }
}
