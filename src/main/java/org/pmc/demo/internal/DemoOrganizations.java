package org.pmc.demo.internal;

import java.util.Map;
import java.util.UUID;
import org.pmc.organization.OrganizationService;
import org.pmc.organization.OrganizationView;
import org.pmc.organization.PostalAddress;
import org.pmc.people.NewAdmin;
import org.pmc.people.PortalUsers;
import org.pmc.people.RegisterOrganization;
import org.pmc.people.Registrations;
import org.pmc.web.PortalUser;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The demo organizations: Contoso with a living program (locations, people, MCPs, references, competencies), and
 * Fabrikam, a second organization to try a merge with. Everything goes through the modules' own services, so
 * the rules, processes and mails are the real ones; each piece is made only when it is not there yet.
 */
@Component
@ConditionalOnProperty(name = "pmc.demo-data", havingValue = "true")
class DemoOrganizations {

  static final String CONTOSO_ADMIN = "admin@contoso.example";
  static final String FABRIKAM_ADMIN = "admin@fabrikam.example";
  /** R-ABTK-20: each HQ has somewhere to ship to, so that a newcomer can try ordering a plate right away. */
  private static final Map<String, PostalAddress> HQ_ADDRESSES = Map.of(
      "US", new PostalAddress("1 Microsoft Way", null, "Redmond", "98052", "WA", "US"),
      "GB", new PostalAddress("2 Kingdom Street", null, "London", "W2 6BD", null, "GB"));

  private final Registrations registrations;
  private final PortalUsers users;
  private final OrganizationService organizations;
  private final DemoLocations locations;
  private final DemoPeople people;
  private final DemoMcps mcps;
  private final DemoReferences references;
  private final DemoCompetencies competencies;
  private final DemoOrders orders;
  private final DemoStaffWork staffWork;

  DemoOrganizations(Registrations registrations, PortalUsers users, OrganizationService organizations,
      DemoLocations locations, DemoPeople people, DemoMcps mcps, DemoReferences references,
      DemoCompetencies competencies, DemoOrders orders, DemoStaffWork staffWork) {
    this.registrations = registrations;
    this.users = users;
    this.organizations = organizations;
    this.locations = locations;
    this.people = people;
    this.mcps = mcps;
    this.references = references;
    this.competencies = competencies;
    this.orders = orders;
    this.staffWork = staffWork;
  }

  /** Makes what is missing; says what it made, e.g. "Contoso Partners: 4 locations, 27 people, ...". */
  String create(String password) {
    PortalUser admin = founder("Contoso Partners", "US", "Alex", "Admin", CONTOSO_ADMIN, password);
    UUID contosoId = admin.organizationId();
    DemoPartner contoso = new DemoPartner(contosoId, CONTOSO_ADMIN,
        locations.addTo(contosoId, organizations.organization(contosoId).hqLocationId()));
    int joined = people.join(contosoId, organizations.organization(contosoId).partnerNumber(), CONTOSO_ADMIN,
        contoso.locations(), password);
    int invited = mcps.enrol(admin, contoso);
    int written = references.write(contoso, admin.individualId());
    int set = competencies.set(contoso);
    int placed = orders.place(admin, contoso);
    int requested = staffWork.request(admin, contoso);
    UUID fabrikamId = founder("Fabrikam Partners", "GB", "Fiona", "Founder", FABRIKAM_ADMIN, password)
        .organizationId();
    return ("Contoso Partners (%s) has %d locations; added %d people, %d MCPs, %d references, %d competencies set, "
        + "%d orders, %d requests for staff").formatted(CONTOSO_ADMIN, contoso.locations().size(), joined, invited,
        written, set, placed, requested)
        + "; Fabrikam Partners (" + FABRIKAM_ADMIN + ") to merge with: organization id " + fabrikamId;
  }

  /** The organization's founder, the organization registered first when nobody holds the address yet. */
  private PortalUser founder(String name, String country, String firstName, String lastName, String email,
      String password) {
    if (users.byEmail(email).isEmpty()) {
      OrganizationView registered = registrations.register(new RegisterOrganization(name, country,
          new NewAdmin(firstName, lastName, email, password)));
      organizations.describeLocation(registered.id(), registered.hqLocationId(), name + " HQ",
          HQ_ADDRESSES.get(country));
    }
    return users.byEmail(email).orElseThrow();
  }
}
