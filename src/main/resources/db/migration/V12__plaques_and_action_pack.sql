-- Plaques and plates (R-PLQ-1, R-PLQ-2) and the Action Pack subscription (R-MEM-1), paid through the invoices
-- and payments of V10.

-- R-PLQ-2 (decided, data): the price of a plate and of a plaque in a country, in that country's currency. A
-- country without a row pays the '*' row, given in USD and converted with pmc.ordering.usd-rates.
create table plaque_price (
  country varchar(2) not null,
  kind varchar(8) not null check (kind in ('PLATE', 'PLAQUE')),
  amount numeric not null check (amount > 0),
  currency varchar(3) not null,
  primary key (country, kind)
);
insert into plaque_price (country, kind, amount, currency) values
  ('*', 'PLATE', 49.00, 'USD'), ('*', 'PLAQUE', 99.00, 'USD'),
  ('US', 'PLATE', 49.00, 'USD'), ('US', 'PLAQUE', 99.00, 'USD'),
  ('CA', 'PLATE', 65.00, 'CAD'), ('CA', 'PLAQUE', 135.00, 'CAD'),
  ('GB', 'PLATE', 39.00, 'GBP'), ('GB', 'PLAQUE', 79.00, 'GBP'),
  ('DE', 'PLATE', 45.00, 'EUR'), ('DE', 'PLAQUE', 89.00, 'EUR'),
  ('FR', 'PLATE', 45.00, 'EUR'), ('FR', 'PLAQUE', 89.00, 'EUR'),
  ('IT', 'PLATE', 45.00, 'EUR'), ('IT', 'PLAQUE', 89.00, 'EUR'),
  ('ES', 'PLATE', 45.00, 'EUR'), ('ES', 'PLAQUE', 89.00, 'EUR'),
  ('NL', 'PLATE', 45.00, 'EUR'), ('NL', 'PLAQUE', 89.00, 'EUR'),
  ('CH', 'PLATE', 45.00, 'CHF'), ('CH', 'PLAQUE', 89.00, 'CHF'),
  ('JP', 'PLATE', 7500, 'JPY'), ('JP', 'PLAQUE', 15000, 'JPY'),
  ('AU', 'PLATE', 75.00, 'AUD'), ('AU', 'PLAQUE', 150.00, 'AUD');

-- One order of plates and plaques; its items may be for several locations sharing one currency (one invoice).
create table plaque_order (
  id uuid primary key,
  organization_id uuid not null,
  status varchar(24) not null check (status in ('AWAITING_PAYMENT', 'PAID', 'FULFILLED', 'CANCELLED')),
  price_amount numeric not null,
  price_currency varchar(3) not null,
  created_at timestamptz not null,
  version bigint not null default 0
);
create index plaque_order_organization on plaque_order (organization_id);

create table plaque_order_item (
  order_id uuid not null references plaque_order (id),
  position int not null,
  kind varchar(8) not null check (kind in ('PLATE', 'PLAQUE')),
  competency varchar(64),
  location_id uuid not null,
  price_amount numeric not null,
  price_currency varchar(3) not null,
  primary key (order_id, position),
  check ((kind = 'PLAQUE') = (competency is not null))
);

-- R-MEM-1: the yearly Action Pack subscription of an organization. It runs until program_year_end, the
-- anniversary when it was ordered, which moves with an extended anniversary (R-MEM-4).
create table action_pack_order (
  id uuid primary key,
  organization_id uuid not null,
  status varchar(24) not null check (status in ('AWAITING_PAYMENT', 'PAID', 'ACTIVE', 'CANCELLED', 'EXPIRED')),
  price_amount numeric not null,
  price_currency varchar(3) not null,
  program_year_end date not null,
  created_at timestamptz not null,
  version bigint not null default 0
);
-- R-MEM-1: one open, paid or active Action Pack per organization and program year, even under concurrency.
create unique index action_pack_one_per_program_year on action_pack_order (organization_id, program_year_end)
  where status <> 'CANCELLED';
