package org.pmc.ordering.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.pmc.notification.Mail;
import org.pmc.notification.NotificationProperties;
import org.pmc.notification.OutgoingMail;
import org.pmc.organization.LocationView;
import org.pmc.organization.OrganizationService;
import org.pmc.organization.OrganizationView;
import org.pmc.people.PeopleService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-ABTK-19: "Tell the billing contact: shipped" of the {@code shipment} process: what ships, where to and how to
 * track it. The address and location name are the partner's words: quoted in the body, never in the subject.
 */
@Service
class ShippedMail {

  static final Mail.Subject SUBJECT = Mail.Subject.of("mail.shipment-shipped.subject");

  private final Shipments shipments;
  private final OrganizationService organizations;
  private final PeopleService people;
  private final OutgoingMail mail;
  private final String portalUrl;

  ShippedMail(Shipments shipments, OrganizationService organizations, PeopleService people, OutgoingMail mail,
      NotificationProperties properties) {
    this.shipments = shipments;
    this.organizations = organizations;
    this.people = people;
    this.mail = mail;
    this.portalUrl = properties.publicUrl().replaceAll("/+$", "") + "/portal/shipments";
  }

  @Transactional(readOnly = true)
  public void send(UUID shipmentId) {
    ShipmentView shipment = shipments.shipment(shipmentId);
    OrganizationView organization = organizations.organization(shipment.organizationId());
    LocationView location = organizations.location(organization.id(), shipment.locationId());
    String address = shipment.address() == null ? "" : shipment.address().oneLine();
    Map<String, Object> model = new HashMap<>();
    model.put("partnerNumber", organization.partnerNumber()); // R-PPL-8
    model.put("items", shipment.items());
    model.put("locationName", location.name());
    model.put("address", address);
    model.put("quotedDestination", Mail.quoted(location.name(), address));
    model.put("carrier", shipment.carrier());
    model.put("trackingNumber", shipment.trackingNumber());
    model.put("portalUrl", portalUrl);
    for (String to : people.billingRecipients(organization.id(), location.id(), organization.hqLocationId())) {
      mail.send(new Mail(to, SUBJECT, "shipment-shipped", model));
    }
  }
}
