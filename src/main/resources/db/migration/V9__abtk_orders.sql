-- ABTK orders, their invoices and the shipments of their fulfilment (issue 5, R-ABTK-3, R-ABTK-15).
create table abtk_order (
  id uuid primary key,
  organization_id uuid not null,
  location_id uuid not null,
  level varchar(16) not null,
  kind varchar(16) not null check (kind in ('ORDER', 'UPGRADE')),
  status varchar(24) not null
    check (status in ('AWAITING_PAYMENT', 'PAID', 'FULFILLED', 'CANCELLED', 'EXPIRED')),
  price_amount numeric not null,
  price_currency varchar(3) not null,
  program_year_end date not null,
  created_at timestamptz not null,
  version bigint not null default 0
);
create index abtk_order_organization on abtk_order (organization_id);
-- R-ABTK-3: at most one non-cancelled ABTK order per location and program year, even under concurrency.
create unique index abtk_order_one_per_program_year on abtk_order (location_id, program_year_end)
  where kind = 'ORDER' and status <> 'CANCELLED';

create table invoice (
  id uuid primary key,
  organization_id uuid not null,
  order_id uuid not null references abtk_order (id),
  amount numeric not null,
  currency varchar(3) not null,
  status varchar(16) not null check (status in ('OPEN', 'PAID', 'CANCELLED')),
  due_date date not null,
  paid_at timestamptz,
  payment_reference varchar(200) unique,
  created_at timestamptz not null,
  version bigint not null default 0
);
create index invoice_organization on invoice (organization_id);
create index invoice_order on invoice (order_id);

create table shipment (
  id uuid primary key,
  organization_id uuid not null,
  location_id uuid not null,
  order_id uuid not null references abtk_order (id),
  kind varchar(24) not null check (kind in ('WELCOME_KIT', 'COMPETENCY_KIT', 'UPGRADE_KIT', 'UPDATE_KIT')),
  items text not null,
  status varchar(16) not null,
  created_at timestamptz not null
);
create index shipment_organization on shipment (organization_id);
create index shipment_order on shipment (order_id);
