package org.pmc;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.pmc.organization.OrganizationService;
import org.pmc.organization.OrganizationView;
import org.pmc.organization.PostalAddress;
import org.pmc.people.NewAdmin;
import org.pmc.people.PeopleService;
import org.pmc.people.RegisterOrganization;
import org.pmc.people.Registrations;
import org.pmc.people.internal.Invitations;
import org.pmc.people.internal.PeopleFilter;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/** Registers organizations for tests, each with its own admin address. */
@Component
public class TestPartners {

  public static final String PASSWORD = "correct-horse-battery";
  private static final AtomicInteger COUNTER = new AtomicInteger();

  /** R-ABTK-20: where a test's orders ship to, unless a test means to have no address. */
  public static final PostalAddress ADDRESS = new PostalAddress("1 Main Street", null, "Berlin", "10115", null, "DE");

  private final Registrations registrations;
  private final PeopleService people;
  private final OrganizationService organizations;
  private final Invitations invitations;

  TestPartners(Registrations registrations, PeopleService people, OrganizationService organizations,
      Invitations invitations) {
    this.registrations = registrations;
    this.people = people;
    this.organizations = organizations;
    this.invitations = invitations;
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
    organizations.describeLocation(organization.id(), organization.hqLocationId(), organization.name() + " HQ",
        ADDRESS);
    UUID adminId = people.people(organization.id(), new PeopleFilter(null, null, null, email, null),
        Pageable.ofSize(1)).getContent().get(0).id();
    return new Partner(organization.id(), organization.name(), organization.hqLocationId(), adminId, email,
        organization.partnerNumber());
  }

  /** A new individual made location admin of this location only (R-ROLE-4), signed in to the API. */
  public Http locationAdminOf(Partner partner, Object locationId, int port) {
    Http admin = new Http(port).as(partner.adminEmail(), PASSWORD);
    String email = "manager-" + UUID.randomUUID().toString().substring(0, 8) + "@partner.example";
    String id = invite(partner, admin, email);
    Http.Response appointed = admin.put("/api/organizations/" + partner.organizationId() + "/admins/" + id, """
        {"role": "LOCATION_ADMIN", "locationIds": ["%s"]}""".formatted(locationId));
    if (appointed.status() != 200) {
      throw new AssertionError("Location admin not appointed: " + appointed.status() + " " + appointed.body());
    }
    return new Http(port).as(email, "a-long-password");
  }

  /** A new individual of the organization with no admin role (a member), signed in to the API. */
  public Http memberOf(Partner partner, int port) {
    String email = "member-" + UUID.randomUUID().toString().substring(0, 8) + "@partner.example";
    invite(partner, new Http(port).as(partner.adminEmail(), PASSWORD), email);
    return new Http(port).as(email, "a-long-password");
  }

  /** Invited to the HQ by the global admin and associated: the individual's id. */
  private String invite(Partner partner, Http admin, String email) {
    String id = admin.post("/api/organizations/" + partner.organizationId() + "/invitations", "{\"emails\": \""
        + email + "\", \"locationId\": \"" + partner.hqLocationId() + "\"}")
        .json().get("invited").get(0).get("individualId").asText();
    invitations.completeProfile(UUID.fromString(id), "First", "Last", "a-long-password");
    return id;
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
