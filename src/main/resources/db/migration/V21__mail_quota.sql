-- Issue 14 (3): the daily outgoing-mail quota of each organization (notification/MailQuota). One row per
-- organization, written the first time it mails: the mails counted today ('day' in UTC, from the application
-- clock; a row of an earlier day counts as 0), whether it has paid for anything (trusted, the higher default),
-- and the limit program staff set, which wins over both defaults. The count is updated under the row's lock in
-- the transaction of the request that mails, so concurrent requests cannot overrun it and a rolled-back
-- request uses nothing.
create table mail_quota (
  organization_id uuid        primary key,
  day             date        not null,
  used            integer     not null default 0 check (used >= 0),
  trusted_since   timestamptz,
  daily_limit     integer     check (daily_limit between 0 and 100000),
  limit_set_by    varchar(254),
  limit_set_at    timestamptz
);

-- Organizations that paid before the quota existed are trusted from the start, as a payment would make them
-- now (ordering/PaymentTrustsMail). A one-off backfill of data owned by ordering, read here once.
insert into mail_quota (organization_id, day, trusted_since)
select organization_id, current_date, coalesce(min(paid_at), now()) from invoice where status = 'PAID' group by organization_id;
