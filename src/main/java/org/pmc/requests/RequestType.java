package org.pmc.requests;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** What kind of request a process instance is, by its process definition key (api.md "The partner's overview"). */
public enum RequestType {
  REFERENCE("customer-reference"),
  INVITATION("mcp-invitation", "individual-association"),
  ORDER("abtk-order", "action-pack-order", "plaque-order", "payment-review", "shipment"),
  REVIEW("location-dissociation", "organization-merge", "merge-consent"),
  TICKET("support-ticket"),
  RENEWAL("membership-renewal");

  private final Set<String> processKeys;

  RequestType(String... processKeys) {
    this.processKeys = Set.of(processKeys);
  }

  public Set<String> processKeys() {
    return processKeys;
  }

  /** Empty for the processes that are no request of the partner's (e.g. the program year, sign-up mails). */
  public static Optional<RequestType> of(String processKey) {
    return Arrays.stream(values()).filter(type -> type.processKeys.contains(processKey)).findFirst();
  }
}
