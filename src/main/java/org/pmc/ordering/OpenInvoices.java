package org.pmc.ordering;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the organization has yet to pay (R-ABTK-18, R-MEM-5), for its home page: the invoices page has them all. */
@Service
public class OpenInvoices {

  /** The home page lists the first ones; the invoices page lists every invoice. */
  public static final int LISTED = 10;

  private final JdbcClient jdbc;
  private final Clock clock;

  OpenInvoices(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** The soonest due first, so the overdue ones come first; at most {@link #LISTED}. */
  @Transactional(readOnly = true)
  public List<OpenInvoice> of(UUID organizationId) {
    LocalDate today = LocalDate.now(clock);
    return jdbc.sql("""
        select id, number, description, amount, currency, due_date from invoice
        where organization_id = ? and status = 'OPEN' order by due_date, created_at, id limit ?""")
        .params(organizationId, LISTED)
        .query((rs, row) -> {
          LocalDate due = rs.getObject("due_date", LocalDate.class);
          return new OpenInvoice(rs.getObject("id", UUID.class), rs.getString("number"), rs.getString("description"),
              rs.getBigDecimal("amount"), rs.getString("currency"), due, due.isBefore(today));
        })
        .list();
  }
}
