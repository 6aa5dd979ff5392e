package org.pmc;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.pmc.organization.OrganizationView;
import org.pmc.people.NewAdmin;
import org.pmc.people.PeopleService;
import org.pmc.people.RegisterOrganization;
import org.pmc.people.Registrations;
import org.pmc.people.internal.PeopleFilter;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/** Registers organizations for tests, each with its own admin address. */
@Component
public class TestPartners {

  public static final String PASSWORD = "correct-horse-battery";
  private static final AtomicInteger COUNTER = new AtomicInteger();

  private final Registrations registrations;
  private final PeopleService people;

  TestPartners(Registrations registrations, PeopleService people) {
    this.registrations = registrations;
    this.people = people;
  }

  public Partner register(String country) {
    return register(country, null);
  }

  /** An organization with the name given ("Partner n" when null). */
  public Partner register(String country, String name) {
    int n = COUNTER.incrementAndGet();
    String email = "admin" + n + "-" + UUID.randomUUID().toString().substring(0, 8) + "@partner.example";
    OrganizationView organization = registrations.register(new RegisterOrganization(
        name == null ? "Partner " + n : name, country, new NewAdmin("Ada", "Admin", email, PASSWORD)));
    UUID adminId = people.people(organization.id(), new PeopleFilter(null, null, null, email, null),
        Pageable.ofSize(1)).getContent().get(0).id();
    return new Partner(organization.id(), organization.name(), organization.hqLocationId(), adminId, email,
        organization.partnerNumber());
  }

  /**
   * Issue 14 (3): program staff raise the organization's daily mail quota to the most they may, for tests that
   * mail more than a new organization's 200 a day (over the staff API, as an operator would).
   */
  public static void raiseMailQuota(int port, Object organizationId) {
    Http.Response raised = new Http(port).asCamundaAdmin().put("/api/admin/organizations/" + organizationId
        + "/mail-quota", "{\"dailyLimit\": 100000}");
    if (raised.status() != 200) {
      throw new AssertionError("Mail quota not raised: " + raised.status() + " " + raised.body());
    }
  }

  public record Partner(UUID organizationId, String name, UUID hqLocationId, UUID adminId, String adminEmail,
      String partnerNumber) {}
}
