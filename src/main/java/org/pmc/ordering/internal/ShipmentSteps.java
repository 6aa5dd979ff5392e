package org.pmc.ordering.internal;

import java.util.Locale;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.pmc.organization.OrganizationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The steps of {@code shipment}; each reads the shipment id from the business key. */
@Configuration(proxyBeanMethods = false)
class ShipmentSteps {

  private static final Logger log = LoggerFactory.getLogger(ShipmentSteps.class);
  /** Above Tasklist's default of 50: a shipment waiting too long sorts first. */
  static final int OVERDUE_PRIORITY = 80;

  static UUID shipmentId(DelegateExecution execution) {
    return UUID.fromString(execution.getProcessBusinessKey());
  }

  /**
   * "Ship the shipment" carries its subject in Tasklist: "Ship welcome kit to Berlin (Contoso Partners)", and in
   * its description what goes where.
   */
  @Bean
  TaskListener nameShipmentTask(Shipments shipments, OrganizationService organizations) {
    return task -> {
      ShipmentView shipment = shipments.shipment(shipmentId(task.getExecution()));
      String city = shipment.address() == null ? "an address to ask the partner for" : shipment.address().city();
      task.setName("Ship " + shipment.kind().replace('_', ' ').toLowerCase(Locale.ROOT) + " to " + city + " ("
          + organizations.organization(shipment.organizationId()).name() + ")");
      task.setDescription(shipment.items() + " to "
          + (shipment.address() == null ? "no address on record" : shipment.address().oneLine()));
    };
  }

  /** "Remind billing to ship": five days waiting, the task moves up in Tasklist. */
  @Bean
  JavaDelegate remindToShip(TaskService tasks) {
    return execution -> {
      tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey("shipShipment")
          .list().forEach(task -> tasks.setPriority(task.getId(), OVERDUE_PRIORITY));
      log.warn("Shipment {} waits for billing to ship it for 5 days", execution.getProcessBusinessKey());
    };
  }

  /**
   * "Record the shipment as shipped": the form's carrier and tracking number go onto the shipment and leave the
   * process (its variables hold ids only).
   */
  @Bean
  JavaDelegate recordShipped(Shipments shipments) {
    return execution -> {
      shipments.shipped(shipmentId(execution), (String) execution.getVariable("carrier"),
          (String) execution.getVariable("trackingNumber"));
      execution.removeVariable("carrier");
      execution.removeVariable("trackingNumber");
    };
  }

  /** "Tell the billing contact: shipped" (R-ABTK-19). */
  @Bean
  JavaDelegate tellShipped(ShippedMail mail) {
    return execution -> mail.send(shipmentId(execution));
  }

  /** "Record that delivery was not confirmed": 60 days without confirmation; the shipment stays SHIPPED. */
  @Bean
  JavaDelegate recordDeliveryNotConfirmed(Shipments shipments) {
    return execution -> {
      shipments.deliveryNotConfirmed(shipmentId(execution));
      log.warn("Shipment {}: delivery not confirmed within 60 days", execution.getProcessBusinessKey());
    };
  }
}
