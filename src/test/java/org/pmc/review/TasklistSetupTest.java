package org.pmc.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.pmc.TestPartners.Partner;
import org.pmc.TestPartners;
import org.pmc.review.internal.ReviewProcess;
import org.pmc.review.internal.TasklistSetup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What staff get in the Camunda webapp: the shared filter, Tasklist, and no Cockpit or Admin. */
class TasklistSetupTest extends IntegrationTest {

  /** Under the staff password policy: not containing the user id (issue 13). */
  private static final String STAFF_PASSWORD = "tasklist-secret";

  @Autowired
  TestPartners partners;
  @Autowired
  IdentityService identity;
  @Autowired
  FilterService filters;
  @Autowired
  TasklistSetup setup;
  @Autowired
  JdbcClient jdbc;

  @AfterEach
  void signOut() {
    identity.clearAuthentication();
  }

  @Test
  @DisplayName("\"My group's tasks\" exists after start-up and, run as a member of rsc, lists an open rscReview task")
  void myGroupsTasksFilter() {
    setup.run(null);
    List<Filter> found = filters.createFilterQuery().filterName(TasklistSetup.GROUP_FILTER).list();
    assertThat(found).hasSize(1);
    Filter filter = found.get(0);
    assertThat(filter.getOwner()).isEqualTo("admin");
    Partner partner = partners.register("DE");
    Http admin = new Http(port).as(partner.adminEmail(), TestPartners.PASSWORD);
    String berlin = admin.post("/api/organizations/" + partner.organizationId() + "/locations",
        "{\"name\": \"Berlin\", \"country\": \"DE\", \"parentId\": \"" + partner.hqLocationId() + "\"}")
        .json().get("id").asText();
    String reviewId = admin.post("/api/organizations/" + partner.organizationId() + "/locations/" + berlin
        + "/dissociation", "{\"reason\": \"Office closed\"}").json().get("id").asText();
    String instanceId = runtime.createProcessInstanceQuery().processInstanceBusinessKey(reviewId)
        .singleResult().getId();

    identity.setAuthentication("rsc-filter-user", List.of("rsc"));
    List<Task> listed = filters.list(filter.getId());

    assertThat(listed).anySatisfy(task -> {
      assertThat(task.getTaskDefinitionKey()).isEqualTo(ReviewProcess.RSC_REVIEW);
      assertThat(task.getProcessInstanceId()).isEqualTo(instanceId);
    });
    identity.setAuthentication("billing-filter-user", List.of("billing"));
    List<Task> forBilling = filters.list(filter.getId());
    assertThat(forBilling).noneMatch(task -> instanceId.equals(task.getProcessInstanceId()));
  }

  @Test
  @DisplayName("R-REV-1: every saved filter shows variable columns and lists the nearest due date first; a filter saved before is updated at start-up")
  void filtersShowColumnsSortedByDueDate() {
    Filter old = filters.createFilterQuery().filterName(TasklistSetup.RSC_FILTER).singleResult();
    old.setProperties(Map.of("description", "saved by an older release"));
    filters.saveFilter(old);

    setup.run(null);

    for (String name : List.of(TasklistSetup.RSC_FILTER, "RSC lead reviews", "Billing", TasklistSetup.GROUP_FILTER)) {
      List<Filter> found = filters.createFilterQuery().filterName(name).list();
      assertThat(found).as(name).hasSize(1);
      Filter filter = found.get(0);
      @SuppressWarnings("unchecked")
      List<Map<String, String>> columns = (List<Map<String, String>>) filter.getProperties().get("variables");
      assertThat(columns).as(name).contains(Map.of("name", "organizationName", "label", "Organization"));
      assertThat(((TaskQueryImpl) filter.getQuery()).getOrderingProperties())
          .extracting(ordering -> ordering.getQueryProperty().getName() + " " + ordering.getDirection().getName())
          .as(name).containsExactly("DUE_DATE_ asc", "CREATE_TIME_ asc");
    }
    @SuppressWarnings("unchecked")
    List<Map<String, String>> reviewColumns = (List<Map<String, String>>) filters.createFilterQuery()
        .filterName(TasklistSetup.RSC_FILTER).singleResult().getProperties().get("variables");
    assertThat(reviewColumns).contains(Map.of("name", "locationName", "label", "Location"),
        Map.of("name", "requestedBy", "label", "Requester"));
  }

  @Test
  @DisplayName("Staff who are not Camunda admins sign in to Tasklist but not to Cockpit or Admin")
  void staffReachTasklistOnly() {
    String id = rscUser();

    assertThat(login(new Http(port), id, "cockpit")).isIn(401, 403);
    assertThat(login(new Http(port), id, "admin")).isIn(401, 403);
    assertThat(login(new Http(port), id, "tasklist")).isEqualTo(200);
  }

  @Test
  @DisplayName("Issue 13: a Tasklist sign-in is kept in the session store the portal shares (PostgreSQL) and read back on the next request")
  void tasklistSignInInTheSharedSessionStore() {
    String id = rscUser();
    Http browser = new Http(port);

    assertThat(login(browser, id, "tasklist")).isEqualTo(200);

    Http.Response signedIn = browser.get("/camunda/api/admin/auth/user/default");
    assertThat(signedIn.status()).isEqualTo(200);
    assertThat(signedIn.json().get("userId").asText()).isEqualTo(id);
    // Camunda keeps its Authentications under this session attribute.
    assertThat(jdbc.sql("select count(*) from spring_session_attributes where attribute_name = 'authenticatedUser'")
        .query(Long.class).single()).isPositive();
  }

  /** A new Camunda user in group rsc, with the staff password. */
  private String rscUser() {
    String id = "rsc-webapp-" + UUID.randomUUID().toString().substring(0, 8);
    if (identity.createGroupQuery().groupId("rsc").count() == 0) {
      identity.saveGroup(identity.newGroup("rsc"));
    }
    User user = identity.newUser(id);
    user.setPassword(STAFF_PASSWORD);
    identity.saveUser(user);
    identity.createMembership(id, "rsc");
    return id;
  }

  /** Signs in to one Camunda webapp as its login page does, in the browser given. */
  private int login(Http browser, String user, String app) {
    return browser.signInToCamunda(app, user, STAFF_PASSWORD).status();
  }
}
