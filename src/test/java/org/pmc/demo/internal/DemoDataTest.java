package org.pmc.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.IntegrationTest;
import org.pmc.competency.Competency;
import org.pmc.competency.CompetencyLevel;
import org.pmc.competency.CompetencyStanding;
import org.pmc.competency.CompetencyStatus;
import org.pmc.competency.CompetencySummary;
import org.pmc.mcp.McpService;
import org.pmc.ordering.internal.AbtkOrders;
import org.pmc.ordering.internal.InvoiceView;
import org.pmc.ordering.internal.Invoices;
import org.pmc.ordering.internal.PlaqueOrders;
import org.pmc.organization.LocationView;
import org.pmc.organization.OrganizationService;
import org.pmc.people.PeopleService;
import org.pmc.people.PortalUsers;
import org.pmc.people.Registrations;
import org.pmc.people.internal.IndividualStatus;
import org.pmc.reference.CustomerReferenceService;
import org.pmc.reference.ReferenceStatus;
import org.pmc.reference.internal.ReferenceFilter;
import org.pmc.support.internal.SupportService;
import org.pmc.support.internal.TicketEvent;
import org.pmc.support.internal.TicketView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.data.domain.Pageable;

/**
 * The demo organizations of demo mode ({@code pmc.demo-data=true}), made through the modules' services: what a
 * newcomer signing in as Contoso's admin sees, and that a second start changes nothing. The runners are demo
 * mode's beans only, so the test builds them from the test context's services.
 */
class DemoDataTest extends IntegrationTest {

  @Autowired
  AutowireCapableBeanFactory beans;
  @Autowired
  PortalUsers users;
  @Autowired
  OrganizationService organizations;
  @Autowired
  PeopleService people;
  @Autowired
  McpService mcps;
  @Autowired
  CustomerReferenceService references;
  @Autowired
  CompetencyStanding competencies;
  @Autowired
  Invoices invoices;
  @Autowired
  AbtkOrders abtkOrders;
  @Autowired
  PlaqueOrders plaqueOrders;
  @Autowired
  SupportService support;

  @Test
  @DisplayName("R-LOC-1, R-ABTK-20, R-PPL-1..4, R-MCP-2, R-REF-4, R-COMP-3, R-COMP-4, R-ABTK-19, R-LOC-5, R-SUP-2: "
      + "Contoso has five addressed locations in three countries, people in every state, MCPs, references, an earned "
      + "and an at-risk silver competency, a paid and an open order, a dissociation in RSC review and a ticket; "
      + "Fabrikam is there to merge with; a second start changes nothing")
  void demoOrganizationsLive() throws Exception {
    createDemoData();
    // The join requests' confirmation mails, as the job executor would send them: tests that read every sign-up
    // mail (RegistrationByMailTest) must find none of the demo's waiting.
    sendSignUpMails();
    UUID contoso = users.byEmail(DemoOrganizations.CONTOSO_ADMIN).orElseThrow().organizationId();

    List<LocationView> locations = organizations.locations(contoso);
    assertThat(locations).hasSize(5).allSatisfy(location -> assertThat(location.address()).isNotNull());
    assertThat(locations.stream().map(LocationView::country).distinct()).containsExactlyInAnyOrder("US", "DE", "FR");
    Map<String, UUID> byCity = locations.stream()
        .collect(Collectors.toMap(location -> location.address().city(), LocationView::id));

    Map<IndividualStatus, Long> states = people.countByStatus(contoso);
    assertThat(states.values().stream().mapToLong(Long::longValue).sum()).isGreaterThanOrEqualTo(25);
    assertThat(states.get(IndividualStatus.ASSOCIATED)).isEqualTo(21);
    assertThat(states.get(IndividualStatus.AWAITING_PROFILE)).isEqualTo(4);
    assertThat(states.get(IndividualStatus.AWAITING_APPROVAL)).isEqualTo(2);
    assertThat(states.get(IndividualStatus.REQUESTING)).isEqualTo(2);
    assertThat(states.get(IndividualStatus.REMOVED)).isEqualTo(1);
    assertThat(people.globalAdminEmails(contoso)).containsExactly(DemoOrganizations.CONTOSO_ADMIN,
        "megan.bowen@contoso.example");
    assertThat(people.locationAdminEmails(byCity.get("Lyon"))).containsExactly("camille.dubois@contoso.example");

    assertThat(mcps.countingMcps(contoso, Optional.of(byCity.get("Redmond")))).hasSize(2);
    assertThat(mcps.countingMcps(contoso, Optional.of(byCity.get("Seattle")))).hasSize(1);

    assertThat(references.count(contoso, ReferenceStatus.APPROVED)).isEqualTo(4);
    assertThat(references.count(contoso, ReferenceStatus.DECLINED)).isEqualTo(1);
    assertThat(references.count(contoso, ReferenceStatus.AWAITING_CUSTOMER)).isEqualTo(2);
    assertThat(references.count(contoso, ReferenceStatus.WITHDRAWN)).isEqualTo(1);

    CompetencySummary earned = summary(contoso, byCity.get("Redmond"), Competency.MESSAGING);
    assertThat(earned.level()).isEqualTo(CompetencyLevel.SILVER);
    assertThat(earned.status()).isEqualTo(CompetencyStatus.ACTIVE_EARNED);
    assertThat(earned.atRisk()).isFalse();
    CompetencySummary atRisk = summary(contoso, byCity.get("Seattle"), Competency.CLOUD_PLATFORM);
    assertThat(atRisk.level()).isEqualTo(CompetencyLevel.SILVER);
    assertThat(atRisk.atRisk()).isTrue();

    assertThat(invoices.invoices(contoso, Pageable.ofSize(10)).map(InvoiceView::status))
        .as("R-ABTK-19: Seattle's ABTK paid, Berlin's and the plaque's open").containsExactlyInAnyOrder(
            "PAID", "OPEN", "OPEN");
    assertThat(abtkOrders.orders(contoso, Pageable.ofSize(10))).hasSize(2);
    assertThat(plaqueOrders.orders(contoso, Pageable.ofSize(10))).hasSize(1);

    assertThat(engine.getTaskService().createTaskQuery().processDefinitionKey("location-dissociation")
        .processVariableValueEquals("organizationId", contoso.toString()).taskCandidateGroup("rsc").list())
        .as("R-REV-1: Munich's dissociation waits in Tasklist").singleElement()
        .satisfies(task -> assertThat(task.getName()).isEqualTo("Dissociation of Contoso Munich — Contoso Partners"));
    TicketView ticket = support.list(contoso, Pageable.ofSize(10)).getContent().get(0);
    assertThat(support.get(contoso, ticket.id()).history()).extracting(TicketView.Step::event)
        .as("R-SUP-3: escalated").contains(TicketEvent.Kind.ESCALATED);

    UUID fabrikam = users.byEmail(DemoOrganizations.FABRIKAM_ADMIN).orElseThrow().organizationId();
    assertThat(fabrikam).isNotEqualTo(contoso);
    assertThat(organizations.organization(fabrikam).name()).isEqualTo("Fabrikam Partners");

    long instances = runtime.createProcessInstanceQuery().count();
    long jobs = management.createJobQuery().count();
    int mails = mailServer.getReceivedMessages().length;
    createDemoData();

    assertThat(people.countByStatus(contoso)).as("a second start").isEqualTo(states);
    assertThat(organizations.locations(contoso)).hasSize(5);
    assertThat(references.list(contoso, new ReferenceFilter(null, null, null), Pageable.ofSize(50))
        .getTotalElements()).isEqualTo(8);
    assertThat(runtime.createProcessInstanceQuery().count()).as("no new process").isEqualTo(instances);
    assertThat(management.createJobQuery().count()).as("no new job, so no mail to come").isEqualTo(jobs);
    assertThat(mailServer.getReceivedMessages()).as("no mail").hasSize(mails);
  }

  private CompetencySummary summary(UUID organizationId, UUID locationId, Competency competency) {
    return competencies.summary(organizationId, Optional.of(locationId)).stream()
        .filter(summary -> summary.competency() == competency).findFirst().orElseThrow();
  }

  /** What demo mode's runners do at start-up: the registry's demo professionals, then the organizations. */
  private void createDemoData() throws Exception {
    Object professionals = beans.createBean(Class.forName("org.pmc.mcp.internal.DemoProfessionals"));
    ((ApplicationRunner) professionals).run(new DefaultApplicationArguments());
    new DemoOrganizations(beans.getBean(Registrations.class), users, organizations,
        beans.createBean(DemoLocations.class), beans.createBean(DemoPeople.class), beans.createBean(DemoMcps.class),
        beans.createBean(DemoReferences.class), beans.createBean(DemoCompetencies.class),
        beans.createBean(DemoOrders.class), beans.createBean(DemoStaffWork.class))
        .create(DemoProperties.DEFAULT_PARTNER_PASSWORD);
  }
}
