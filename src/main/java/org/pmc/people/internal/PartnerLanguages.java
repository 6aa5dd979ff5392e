package org.pmc.people.internal;

import java.util.Optional;
import org.pmc.notification.RecipientLanguages;
import org.pmc.organization.OrganizationService;
import org.pmc.web.Languages;
import org.pmc.web.TimeZones;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A partner reads mails in the language they chose on My profile, else in their organization's language (an
 * invited person has not chosen yet); times in their own time zone.
 */
@Component
class PartnerLanguages implements RecipientLanguages {

  private final Individuals individuals;
  private final OrganizationService organizations;

  PartnerLanguages(Individuals individuals, OrganizationService organizations) {
    this.individuals = individuals;
    this.organizations = organizations;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Reader> of(String email) {
    return individuals.findFirstByEmailIgnoreCaseAndStatusNotIn(email.trim(), IndividualStatus.GONE)
        .map(person -> new Reader(Languages.of(person.getLanguage())
            .orElseGet(() -> Languages.orDefault(organizations.organization(person.getOrganizationId()).language())),
            TimeZones.of(person.getTimeZone())));
  }
}
