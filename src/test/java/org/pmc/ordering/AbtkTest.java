package org.pmc.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.pmc.IntegrationTest;
import org.pmc.TestPartners;
import org.pmc.organization.OrganizationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** A German partner ordering ABTKs, with what the ordering tests look at in the processes. */
abstract class AbtkTest extends IntegrationTest {

  @Autowired
  TestPartners partners;
  @Autowired
  OrganizationService organizations;
  @Value("${pmc.payments.webhook-secret}")
  String secret;

  AbtkPartner abtk;
  LocalDate anniversary;

  @BeforeEach
  void germanPartner() {
    abtk = new AbtkPartner(port, partners.register("DE"), secret);
    anniversary = anniversary();
  }

  LocalDate anniversary() {
    return organizations.organization(abtk.partner.organizationId()).anniversaryDate();
  }

  /** Paid in full, and the fulfilment run. */
  JsonNode fulfilled(JsonNode order) {
    abtk.payInFull(order);
    runDueJobsOf(OrderInstances.of(runtime, order));
    assertThat(abtk.status(order)).isEqualTo("FULFILLED");
    return order;
  }

  /** The order's running {@code abtk-order} instance. */
  ProcessInstance instance(JsonNode order) {
    return runtime.createProcessInstanceQuery().processDefinitionKey("abtk-order")
        .processInstanceBusinessKey(order.get("id").asText()).singleResult();
  }

  /** The await-payment instance called by the order's process (same business key). */
  ProcessInstance paymentWait(JsonNode order) {
    return runtime.createProcessInstanceQuery().processDefinitionKey("await-payment")
        .processInstanceBusinessKey(order.get("id").asText()).singleResult();
  }

  Date timerDue(ProcessInstance instance) {
    return management.createJobQuery().processInstanceId(instance.getId()).timers().singleResult().getDuedate();
  }

  static Date midnight(LocalDate date) {
    return Date.from(date.atStartOfDay().toInstant(ZoneOffset.UTC));
  }
}
