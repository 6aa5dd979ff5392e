-- Issue 16, R-ABTK-19: a card checkout at the payment provider for one invoice. The hosted page and the provider's
-- notification name the session, so both are bound to this invoice, amount and currency, and end with it.
-- At most one OPEN session per invoice: starting a checkout again reuses it until it expires.
create table checkout_session (
  id               uuid primary key,
  invoice_id       uuid          not null references invoice (id),
  amount           numeric       not null,
  currency         varchar(3)    not null,
  status           varchar(16)   not null check (status in ('OPEN', 'PAID', 'DECLINED', 'EXPIRED')),
  checkout_url     varchar(2000) not null,
  provider_session varchar(200)  not null,
  created_at       timestamptz   not null,
  expires_at       timestamptz   not null,
  ended_at         timestamptz
);
create unique index checkout_session_one_open on checkout_session (invoice_id) where status = 'OPEN';
