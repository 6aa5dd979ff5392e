package org.pmc.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.pmc.Mails;
import org.pmc.TestPartners;
import org.pmc.TestPartners.Partner;
import org.pmc.mcp.TestMcps;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 14 (3): fair queues (bulk mail at a lower job priority than single requests, taken highest first) and
 * untrusted text in mails (quoted in the body, never in a subject).
 */
class FairMailTest extends IntegrationTest {

  private static final String HOSTILE = "<b>Act now</b> http://evil.example/win";

  @Autowired
  TestPartners partners;
  @Autowired
  TestMcps mcps;

  @Test
  @DisplayName("Issue 14, fair queues: with another organization's list waiting, a customer's confirmation request, "
      + "a single invitation and an MCP invitation come first (job priority 100 over the list's -100), and the "
      + "engine acquires jobs by priority")
  void singleRequestsGoBeforeAnotherOrganizationsList() {
    Partner bulk = partners.register("DE");
    TestPartners.raiseMailQuota(port, bulk.organizationId());
    Http bulkAdmin = admin(bulk);
    List<String> listInstances = new ArrayList<>();
    String list = String.join(";", IntStream.range(0, 5).mapToObj(n -> "list" + n + "@bulk.example").toList());
    JsonNode invited = bulkAdmin.post(org(bulk, "/invitations"), """
        {"emails": "%s", "locationId": "%s"}""".formatted(list, bulk.hqLocationId())).json().get("invited");
    ProcessInstance starter = runtime.createProcessInstanceQuery().processDefinitionKey("invitation-start")
        .processInstanceBusinessKey(bulk.hqLocationId().toString()).singleResult();
    assertThat(job(starter.getId()).getPriority()).as("the list's start job is bulk").isEqualTo(-100);
    startList(starter, invited);
    invited.forEach(person -> listInstances.add(instance(person.get("individualId").asText()).getId()));

    Partner single = partners.register("FR");
    Http singleAdmin = admin(single);
    String reference = singleAdmin.post(org(single, "/references"), """
        {"customerCompany": "Northwind", "contactName": "Nina", "contactEmail": "nina@customer.example",
         "description": "Mailboxes", "locationId": "%s", "competency": "CLOUD_PRODUCTIVITY"}"""
        .formatted(single.hqLocationId())).json().get("id").asText();
    String person = singleAdmin.post(org(single, "/people"), """
        {"firstName": "Sam", "lastName": "Stone", "email": "sam@single.example", "locationId": "%s"}"""
        .formatted(single.hqLocationId())).json().get("id").asText();
    String mcpId = mcps.register("Mia", "Single");
    mcps.associate(single, mcpId, single.hqLocationId());
    List<String> singleInstances = List.of(instance(reference).getId(), instance(person).getId(),
        instance(mcps.associationId(mcpId).toString()).getId());

    List<String> all = new ArrayList<>(listInstances);
    all.addAll(singleInstances);
    List<Job> byPriority = management.createJobQuery().processInstanceIds(new java.util.HashSet<>(all)).executable()
        .orderByJobPriority().desc().list();

    assertThat(byPriority).hasSize(8);
    assertThat(byPriority.subList(0, 3)).allSatisfy(job -> {
      assertThat(singleInstances).contains(job.getProcessInstanceId());
      assertThat(job.getPriority()).isEqualTo(100);
    });
    assertThat(byPriority.subList(3, 8)).allSatisfy(job -> {
      assertThat(listInstances).contains(job.getProcessInstanceId());
      assertThat(job.getPriority()).isEqualTo(-100);
    });
    assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .isJobExecutorAcquireByPriority()).as("job-executor-acquire-by-priority").isTrue();
  }

  @Test
  @DisplayName("Issue 14, fair queues: a reference's reminders are bulk work (job priority -100)")
  void remindersAreBulk() {
    Partner partner = partners.register("FR");
    String reference = admin(partner).post(org(partner, "/references"), """
        {"customerCompany": "Northwind", "contactName": "Nina", "contactEmail": "nina@remind.example",
         "description": "Mailboxes", "locationId": "%s", "competency": "CLOUD_PRODUCTIVITY"}"""
        .formatted(partner.hqLocationId())).json().get("id").asText();
    String process = instance(reference).getId();
    management.executeJob(job(process).getId());

    fireTimer(process);

    Job reminder = job(process);
    assertThat(reminder.getPriority()).isEqualTo(-100);
  }

  @Test
  @DisplayName("Issue 14: an organization's chosen name reaches an invitee only quoted in the body (a marked "
      + "blockquote, '> ' lines), escaped, and never in the subject")
  void anOrganizationsNameIsQuotedNeverInTheSubject() throws Exception {
    Partner hostile = partners.register("DE", HOSTILE);
    String person = admin(hostile).post(org(hostile, "/people"), """
        {"firstName": "Sam", "lastName": "Stone", "email": "target@victim.example", "locationId": "%s"}"""
        .formatted(hostile.hqLocationId())).json().get("id").asText();
    management.executeJob(job(instance(person).getId()).getId());

    MimeMessage mail = mailTo("target@victim.example").get(0);

    assertThat(Mails.subject(mail))
        .isEqualTo("You are invited to join a partner organization in the Partner Membership Center");
    assertQuotedOnly(mail, HOSTILE);
  }

  @Test
  @DisplayName("Issue 14: a partner's reference text and names reach the customer only quoted, never in the subject")
  void aPartnersReferenceTextIsQuoted() throws Exception {
    Partner hostile = partners.register("DE", HOSTILE);
    String reference = admin(hostile).post(org(hostile, "/references"), """
        {"customerCompany": "Northwind", "contactName": "Nina", "contactEmail": "nina@victim.example",
         "description": "Line one\\n%s", "locationId": "%s", "competency": "CLOUD_PRODUCTIVITY"}"""
        .formatted(HOSTILE, hostile.hqLocationId())).json().get("id").asText();
    management.executeJob(job(instance(reference).getId()).getId());

    MimeMessage mail = mailTo("nina@victim.example").get(0);

    assertThat(Mails.subject(mail)).isEqualTo("Please confirm a customer reference");
    assertThat(Mails.text(mail).replace("\r\n", "\n")).contains(">\n> Line one\n> " + HOSTILE);
    assertQuotedOnly(mail, HOSTILE);
  }

  /** In the text part only on "> " lines; in the HTML part escaped, inside the blockquote only. */
  private static void assertQuotedOnly(MimeMessage mail, String hostile) throws Exception {
    assertThat(Mails.subject(mail)).doesNotContain("Act now").doesNotContain("evil");
    assertThat(Mails.text(mail).lines().filter(line -> line.contains("Act now")).toList())
        .isNotEmpty().allSatisfy(line -> assertThat(line).startsWith("> "));
    String html = html(mail);
    assertThat(html).doesNotContain("<b>Act now</b>").contains("&lt;b&gt;Act now&lt;/b&gt;");
    Document page = Jsoup.parse(html);
    assertThat(page.select("b")).isEmpty();
    assertThat(page.select("blockquote").text()).contains(hostile);
    page.select("blockquote").remove();
    assertThat(page.body().text()).doesNotContain("Act now").doesNotContain("evil");
  }

  private static String html(Part part) throws Exception {
    if (part.isMimeType("text/html")) {
      return (String) part.getContent();
    }
    if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart body = multipart.getBodyPart(i);
        String html = html(body);
        if (!html.isEmpty()) {
          return html;
        }
      }
    }
    return "";
  }

  /**
   * Runs the list's start job until its people's processes run: one job starts the oldest 100 pending invitations
   * of any organization, and other tests may have left some.
   */
  private void startList(ProcessInstance starter, JsonNode invited) {
    String last = invited.get(invited.size() - 1).get("individualId").asText();
    for (int batch = 0; batch < 50 && instance(last) == null; batch++) {
      management.executeJob(job(starter.getId()).getId());
    }
  }

  private ProcessInstance instance(String businessKey) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).singleResult();
  }

  private Job job(String processInstanceId) {
    return management.createJobQuery().processInstanceId(processInstanceId).executable().singleResult();
  }

  private Http admin(Partner partner) {
    return new Http(port).as(partner.adminEmail(), TestPartners.PASSWORD);
  }

  private static String org(Partner partner, String path) {
    return "/api/organizations/" + partner.organizationId() + path;
  }
}
