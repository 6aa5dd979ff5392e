package org.pmc.membership.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The program agreement's versions and their acceptances (tables {@code program_agreement}, {@code agreement_acceptance}). */
@Repository
public class Agreements {

  private final JdbcClient jdbc;

  Agreements(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The newest published version; V35 seeds the first, so there always is one. */
  public ProgramAgreement current() {
    return jdbc.sql("""
        select version, text, published_at, published_by from program_agreement
        order by published_at desc, version desc limit 1""")
        .query((rs, n) -> new ProgramAgreement(rs.getString(1), rs.getString(2),
            rs.getTimestamp(3).toInstant(), rs.getString(4)))
        .single();
  }

  /** Inserts a version; a version already published raises DuplicateKeyException. */
  public void publish(ProgramAgreement agreement) {
    jdbc.sql("insert into program_agreement (version, text, published_at, published_by) values (?, ?, ?, ?)")
        .params(agreement.version(), agreement.text(), Timestamp.from(agreement.publishedAt()),
            agreement.publishedBy())
        .update();
  }

  /** Keeps the first acceptance of a version: accepting it again changes nothing. */
  public void accept(UUID organizationId, String version, String acceptedBy, Instant at) {
    jdbc.sql("""
        insert into agreement_acceptance (organization_id, version, accepted_by, accepted_at) values (?, ?, ?, ?)
        on conflict (organization_id, version) do nothing""")
        .params(organizationId, version, acceptedBy, Timestamp.from(at)).update();
  }

  public boolean accepted(UUID organizationId, String version) {
    return jdbc.sql("select count(*) from agreement_acceptance where organization_id = ? and version = ?")
        .params(organizationId, version).query(Long.class).single() > 0;
  }

  /** Every acceptance of the organization, newest first. */
  public List<AgreementAcceptance> acceptances(UUID organizationId) {
    return jdbc.sql("""
        select version, accepted_by, accepted_at from agreement_acceptance where organization_id = ?
        order by accepted_at desc""")
        .param(organizationId)
        .query((rs, n) -> new AgreementAcceptance(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
        .list();
  }
}
