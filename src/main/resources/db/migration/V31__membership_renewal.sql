-- R-MEM-5: when the re-enrollment window opens, a competency partner is invoiced for its next program year.
-- One renewal per organization and program year; its invoice (order_type RENEWAL) is due on the anniversary.
create table renewal (
  id uuid primary key,
  organization_id uuid not null,
  program_year_end date not null,
  level varchar(16) not null,
  status varchar(16) not null check (status in ('AWAITING_PAYMENT', 'GRACE', 'LAPSED', 'PAID', 'CANCELLED')),
  created_at timestamptz not null,
  version bigint not null default 0,
  unique (organization_id, program_year_end)
);

alter table invoice drop constraint invoice_order_type_check;
alter table invoice add constraint invoice_order_type_check
  check (order_type in ('ABTK', 'PLAQUE', 'ACTION_PACK', 'RENEWAL'));

-- R-MEM-5: an unpaid renewal lapses the level to NETWORK; the level it had is kept to restore it when paid.
alter table organization add column lapsed_level varchar(16);

-- R-MEM-5: a competency lapsed by an unpaid renewal keeps the status it had, restored when paid.
alter table location_competency add column status_before_lapse varchar(30);
