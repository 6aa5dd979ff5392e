package org.pmc.reference.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.UUID;
import org.pmc.competency.Competency;
import org.pmc.reference.ReferenceStatus;
import org.pmc.reference.internal.CustomerAnswer;
import org.pmc.web.BusinessRuleViolation;

/**
 * A reference the partner wrote about a customer, which the customer confirms or declines (R-REF-1..7).
 * The status only moves forward; every change checks where it comes from.
 */
@Entity
public class CustomerReference {

  /** R-REF-5: the request ends, unconfirmed, 30 days after it was sent. */
  static final Duration REQUEST_DURATION = Duration.ofDays(30);
  /** R-REF-3: an approved reference is good for two years. */
  static final Period VALIDITY = Period.ofYears(2);
  /** R-REF-5: the partner is warned 60 days before a reference expires. */
  static final Duration EXPIRY_WARNING = Duration.ofDays(60);

  @Id
  private UUID id;
  private UUID organizationId;
  private UUID locationId;
  @Enumerated(EnumType.STRING)
  private Competency competency;
  private String customerCompany;
  private String contactName;
  private String contactEmail;
  private String description;
  /** The customer contact's language (R-LOC): their mails and page are in it. */
  private String contactLanguage = "en";
  @Enumerated(EnumType.STRING)
  private ReferenceStatus status;
  private UUID createdBy;
  private Instant createdAt;
  private Instant requestExpiresAt;
  @Enumerated(EnumType.STRING)
  private CustomerAnswer answer;
  private Instant answeredAt;
  private Instant approvedAt;
  private Instant expiresAt;
  @Version
  private Long version;

  protected CustomerReference() {}

  public CustomerReference(UUID organizationId, UUID createdBy, NewReference details, Instant now) {
    this.id = UUID.randomUUID();
    this.organizationId = organizationId;
    this.createdBy = createdBy;
    this.locationId = details.locationId();
    this.competency = details.competency();
    this.customerCompany = details.customerCompany().trim();
    this.contactName = details.contactName().trim();
    this.contactEmail = details.contactEmail().trim();
    this.description = details.description().trim();
    this.contactLanguage = details.contactLanguageOrDefault();
    this.status = ReferenceStatus.AWAITING_CUSTOMER;
    this.createdAt = now;
    this.requestExpiresAt = now.plus(REQUEST_DURATION);
  }

  /**
   * R-REF-2, R-REF-3, R-REF-7: the customer's answer counts once, while the request is open; a
   * confirmed reference is approved for two years. Returns false when nothing changed.
   */
  public boolean recordAnswer(CustomerAnswer answer, Instant now) {
    if (status != ReferenceStatus.AWAITING_CUSTOMER || answer == CustomerAnswer.NONE) {
      return false;
    }
    this.answer = answer;
    this.answeredAt = now;
    if (answer == CustomerAnswer.CONFIRM) {
      this.status = ReferenceStatus.APPROVED;
      this.approvedAt = now;
      this.expiresAt = now.atOffset(ZoneOffset.UTC).plus(VALIDITY).toInstant();
    } else {
      this.status = ReferenceStatus.DECLINED;
    }
    return true;
  }

  /** R-REF-5: no answer within 30 days. An answer stored in the meantime wins. */
  public CustomerAnswer closeRequest() {
    if (status == ReferenceStatus.AWAITING_CUSTOMER) {
      status = ReferenceStatus.UNCONFIRMED;
      answer = CustomerAnswer.NONE;
    }
    return answer == null ? CustomerAnswer.NONE : answer;
  }

  /** R-REF-3: two years after approval. */
  public void expire() {
    if (status == ReferenceStatus.APPROVED) {
      status = ReferenceStatus.EXPIRED;
    }
  }

  /** R-REF-4: the partner may withdraw a reference that is awaiting the customer or approved. */
  public void withdraw() {
    if (status != ReferenceStatus.AWAITING_CUSTOMER && status != ReferenceStatus.APPROVED) {
      throw new BusinessRuleViolation("R-REF-4", "A reference that is " + status + " cannot be withdrawn");
    }
    status = ReferenceStatus.WITHDRAWN;
  }

  /** R-REF-6: Assign moves the reference to another location or competency. */
  public void reassign(UUID locationId, Competency competency) {
    if (status == ReferenceStatus.WITHDRAWN) {
      throw new BusinessRuleViolation("R-REF-6", "A withdrawn reference cannot be assigned");
    }
    this.locationId = locationId;
    this.competency = competency;
  }

  /** The customer contact's language from now on (validated by the caller against {@code Languages.CODES}). */
  public void contactSpeaks(String language) {
    this.contactLanguage = language;
  }

  public boolean awaitingCustomer() {
    return status == ReferenceStatus.AWAITING_CUSTOMER;
  }

  public Instant expiryWarningAt() {
    return expiresAt == null ? null : expiresAt.minus(EXPIRY_WARNING);
  }

  public UUID getId() {
    return id;
  }

  public UUID getOrganizationId() {
    return organizationId;
  }

  public UUID getLocationId() {
    return locationId;
  }

  public Competency getCompetency() {
    return competency;
  }

  public String getCustomerCompany() {
    return customerCompany;
  }

  public String getContactName() {
    return contactName;
  }

  public String getContactLanguage() {
    return contactLanguage;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public String getDescription() {
    return description;
  }

  public ReferenceStatus getStatus() {
    return status;
  }

  public UUID getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getRequestExpiresAt() {
    return requestExpiresAt;
  }

  public CustomerAnswer getAnswer() {
    return answer;
  }

  public Instant getAnsweredAt() {
    return answeredAt;
  }

  public Instant getApprovedAt() {
    return approvedAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }
}
