package org.pmc.reference;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.pmc.TestPartners.Partner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Customer references written as rows, created when a test says and in the status it says: counts over past months
 * need references created in those months, which no customer can answer now. An approved one counts (R-REF-3) for
 * two years from its creation.
 */
@Component
public class StoredReferences {

  private final JdbcClient jdbc;

  StoredReferences(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A Cloud Productivity reference at the partner's HQ, created by its admin at {@code createdAt}. */
  public UUID store(Partner partner, ReferenceStatus status, Instant createdAt) {
    UUID id = UUID.randomUUID();
    Instant counts = status == ReferenceStatus.APPROVED ? createdAt.plus(Duration.ofDays(730)) : null;
    jdbc.sql("""
        insert into customer_reference (id, organization_id, location_id, competency, customer_company, contact_name,
          contact_email, description, status, created_by, created_at, request_expires_at, approved_at, expires_at)
        values (?, ?, ?, 'CLOUD_PRODUCTIVITY', 'Stored Customer', 'Contact', 'contact@stored.example', 'Project', ?, ?,
          ?, ?, ?, ?)""")
        .params(id, partner.organizationId(), partner.hqLocationId(), status.name(), partner.adminId(),
            Timestamp.from(createdAt), Timestamp.from(createdAt.plus(Duration.ofDays(14))),
            counts == null ? null : Timestamp.from(createdAt), counts == null ? null : Timestamp.from(counts))
        .update();
    return id;
  }
}
