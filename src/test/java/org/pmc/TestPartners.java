package org.pmc;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.pmc.organization.OrganizationService;
import org.pmc.organization.OrganizationView;
import org.pmc.organization.RegisterOrganization;
import org.pmc.people.NewAdmin;
import org.pmc.people.PeopleFilter;
import org.pmc.people.PeopleService;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/** Registers organizations for tests, each with its own admin address. */
@Component
public class TestPartners {

  public static final String PASSWORD = "correct-horse-battery";
  private static final AtomicInteger COUNTER = new AtomicInteger();

  private final OrganizationService organizations;
  private final PeopleService people;

  TestPartners(OrganizationService organizations, PeopleService people) {
    this.organizations = organizations;
    this.people = people;
  }

  public Partner register(String country) {
    int n = COUNTER.incrementAndGet();
    String email = "admin" + n + "-" + UUID.randomUUID().toString().substring(0, 8) + "@partner.example";
    OrganizationView organization = organizations.register(new RegisterOrganization("Partner " + n, country,
        new NewAdmin("Ada", "Admin", email, PASSWORD)));
    UUID adminId = people.people(organization.id(), new PeopleFilter(null, null, null, email, null),
        Pageable.ofSize(1)).getContent().get(0).id();
    return new Partner(organization.id(), organization.name(), organization.hqLocationId(), adminId, email,
        organization.partnerNumber());
  }

  public record Partner(UUID organizationId, String name, UUID hqLocationId, UUID adminId, String adminEmail,
      String partnerNumber) {}
}
