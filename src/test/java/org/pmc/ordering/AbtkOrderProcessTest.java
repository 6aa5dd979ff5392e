package org.pmc.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The {@code abtk-order} process, path by path, driven through the API as partners and the provider use it. */
class AbtkOrderProcessTest extends AbtkTest {

  @Autowired
  HistoryService history;
  @Autowired
  JdbcClient jdbc;

  String branch;

  @BeforeEach
  void germanPartnerWithGoldBranch() {
    branch = abtk.location("Frankfurt", "DE");
    abtk.competency(branch, "DATA_PLATFORM", "GOLD", "ACTIVE_EARNED");
  }

  @Test
  @DisplayName("Paid: fulfilled, then waits for the benefits to expire on the anniversary (R-ABTK-10, R-ABTK-15)")
  void paid() {
    JsonNode order = abtk.order(branch, "SILVER");
    ProcessInstance instance = instance(order);
    assertThat(instance).isWaitingAt("awaitPayment");

    abtk.payInFull(order);
    runDueJobsOf(OrderInstances.of(runtime, order));

    assertThat(instance).hasPassed("fulfilOrder", "planBenefitExpiry").isWaitingAt("benefitsExpire");
    assertThat(timerDue(instance)).isEqualTo(midnight(anniversary));
  }

  @Test
  @DisplayName("Reminded, then cancelled when unpaid at the due date")
  void remindedThenCancelled() {
    JsonNode order = abtk.order(branch, "SILVER");
    ProcessInstance instance = instance(order);
    ProcessInstance waiting = paymentWait(order);

    fireTimer(waiting.getId());
    runDueJobsOf(OrderInstances.of(runtime, order));
    assertThat(waiting).hasPassed("remindToPay").isWaitingAt("dueDate");
    fireTimer(waiting.getId());
    runDueJobsOf(OrderInstances.of(runtime, order));

    assertThat(waiting).hasPassed("cancelUnpaidOrder", "paidFirstGateway", "tellCancelled", "cancelled").isEnded();
    assertThat(instance).hasPassed("cancelled", "orderCancelled").isEnded();
    assertThat(abtk.status(order)).isEqualTo("CANCELLED");
  }

  @Test
  @DisplayName("A payment stored just before the due date: the cancellation finds the order paid and fulfils it")
  void paidFirstAtTheDueDate() {
    JsonNode order = abtk.order(branch, "SILVER");
    ProcessInstance waiting = paymentWait(order);
    fireTimer(waiting.getId());
    runDueJobsOf(OrderInstances.of(runtime, order));
    // The payment committed; its paymentReceived has not reached the process yet.
    jdbc.sql("update abtk_order set status = 'PAID' where id = ?::uuid").param(order.get("id").asText()).update();

    fireTimer(waiting.getId());
    runDueJobsOf(OrderInstances.of(runtime, order));

    assertThat(waiting).hasPassed("cancelUnpaidOrder", "paidFirstGateway", "sendReceipt", "paid")
        .hasNotPassed("tellCancelled").isEnded();
    assertThat(instance(order)).hasPassed("fulfilOrder").hasNotPassed("orderCancelled").isWaitingAt("benefitsExpire");
    assertThat(abtk.status(order)).isEqualTo("FULFILLED");
  }

  @Test
  @DisplayName("Amount mismatch: a billing task, and the order keeps waiting for its payment")
  void amountMismatchGoesToBilling() {
    JsonNode order = abtk.order(branch, "SILVER");

    abtk.pay(order, "99.00", "EUR", "PAY-99");
    runDueJobsOf(OrderInstances.of(runtime, order));

    assertThat(instance(order)).isWaitingAt("awaitPayment");
    ProcessInstance review = runtime.createProcessInstanceQuery().processDefinitionKey("payment-review")
        .variableValueEquals("paymentReference", "PAY-99").singleResult();
    assertThat(review).isWaitingAt("reviewPayment");
  }

  @Test
  @DisplayName("Duplicate notification: fulfilled once")
  void duplicateNotificationFulfilsOnce() {
    JsonNode order = abtk.order(branch, "SILVER");

    abtk.payInFull(order);
    abtk.payInFull(order);
    runDueJobsOf(OrderInstances.of(runtime, order));
    abtk.payInFull(order);
    runDueJobsOf(OrderInstances.of(runtime, order));

    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance(order).getId())
        .activityId("fulfilOrder").count()).isEqualTo(1);
    assertThat(abtk.shipments().findValuesAsText("kind")).containsOnlyOnce("WELCOME_KIT");
  }

  @Test
  @DisplayName("R-ABTK-11: the benefit expiry timer moves with an extended anniversary, then the order expires")
  void expiryTimerMovesWithTheAnniversary() {
    JsonNode order = abtk.order(branch, "SILVER");
    abtk.payInFull(order);
    runDueJobsOf(OrderInstances.of(runtime, order));
    ProcessInstance instance = instance(order);
    LocalDate extended = anniversary.plusDays(45);

    abtk.staff.put("/api/admin/organizations/" + abtk.partner.organizationId() + "/membership",
        "{\"anniversaryDate\": \"" + extended + "\"}");

    assertThat(instance).hasPassed("anniversaryMoved").isWaitingAt("benefitsExpire");
    assertThat(timerDue(instance)).isEqualTo(midnight(extended));
    fireTimer(instance.getId());
    runDueJobsOf(OrderInstances.of(runtime, order));
    assertThat(instance).hasPassed("expireBenefits").isEnded();
    assertThat(abtk.status(order)).isEqualTo("EXPIRED");
  }

  @Test
  @DisplayName("R-ABTK-14: a new competency ships an update kit; the benefits keep waiting for the anniversary")
  void updateKitOnANewCompetency() {
    JsonNode order = abtk.order(branch, "SILVER");
    abtk.payInFull(order);
    runDueJobsOf(OrderInstances.of(runtime, order));

    abtk.competency(branch, "DATA_ANALYTICS", "SILVER", "ACTIVE_PRE_APPROVED");
    runDueJobsOf(OrderInstances.of(runtime, order));

    assertThat(instance(order)).hasPassed("competencyGained", "shipUpdateKits").isWaitingAt("benefitsExpire");
    assertThat(abtk.shipments().findValuesAsText("items")).contains("Update kit: Data Analytics");
  }

  @Test
  @DisplayName("R-ABTK-12: an upgrade runs its own abtk-order instance to fulfilment")
  void upgrade() {
    JsonNode silver = abtk.order(branch, "SILVER");
    abtk.payInFull(silver);
    runDueJobsOf(OrderInstances.of(runtime, silver));

    JsonNode upgrade = abtk.upgrade(silver).json();
    ProcessInstance instance = instance(upgrade);
    assertThat(instance).isWaitingAt("awaitPayment");
    abtk.payInFull(upgrade);
    runDueJobsOf(OrderInstances.of(runtime, silver, upgrade));

    assertThat(instance).hasPassed("fulfilOrder").isWaitingAt("benefitsExpire");
    assertThat(timerDue(instance)).isEqualTo(midnight(anniversary));
    assertThat(abtk.shipments().findValuesAsText("kind")).containsOnlyOnce("UPGRADE_KIT");
  }
}
