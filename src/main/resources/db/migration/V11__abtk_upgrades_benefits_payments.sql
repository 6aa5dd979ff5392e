-- Issue 5, the rest of ABTK: upgrades (R-ABTK-12, -13), benefits and their caps (R-ABTK-10, -11, -14, -17),
-- and a payment ledger for billing review (a payment that does not pay its invoice goes to a person).

-- R-ABTK-12: an upgrade order names the silver order it upgrades; a silver order is upgraded at most once.
alter table abtk_order add column upgrade_of uuid references abtk_order (id);
create unique index abtk_order_one_upgrade on abtk_order (upgrade_of)
  where kind = 'UPGRADE' and status <> 'CANCELLED';

-- R-ABTK-14, R-ABTK-15: the competencies an ABTK already covers (a competency kit or an update kit was
-- shipped for it), so a competency gained later ships one update kit, never two.
create table abtk_order_competency (
  order_id uuid not null references abtk_order (id),
  competency varchar(60) not null,
  primary key (order_id, competency)
);

-- R-ABTK-1, R-ABTK-17 (decided, as data): what an ABTK adds, per competency and level. Competency '*' is the
-- core set every ABTK gets once per location; the others come with each competency active at the location.
-- license_class: IUR and MSDN are capped by license_grant; DEMO, TRAINING and SERVICE are not.
create table abtk_benefit (
  competency    varchar(60)  not null,
  level         varchar(16)  not null check (level in ('SILVER', 'GOLD')),
  benefit_code  varchar(60)  not null,
  title         varchar(200) not null,
  quantity      integer      not null check (quantity > 0),
  license_class varchar(16)  not null check (license_class in ('IUR', 'MSDN', 'DEMO', 'TRAINING', 'SERVICE')),
  primary key (competency, level, benefit_code)
);

insert into abtk_benefit (competency, level, benefit_code, title, quantity, license_class)
select b.competency, q.level, b.code, b.title, q.quantity, b.class
from (values
  -- competency                             code                            title                                         class       silver gold
  ('*',                                     'ADVISORY_HOURS',               'Technical presales and advisory hours',      'SERVICE',  20,    50),
  ('*',                                     'TRAINING_LICENSES',            'Training licenses',                          'TRAINING', 5,     10),
  ('APPLICATION_DEVELOPMENT',               'VISUAL_STUDIO_ENTERPRISE_MSDN', 'Visual Studio Enterprise with MSDN',        'MSDN',     5,     10),
  ('APPLICATION_INTEGRATION',               'VISUAL_STUDIO_ENTERPRISE_MSDN', 'Visual Studio Enterprise with MSDN',        'MSDN',     5,     10),
  ('APPLICATION_LIFECYCLE_MANAGEMENT',      'VISUAL_STUDIO_ENTERPRISE_MSDN', 'Visual Studio Enterprise with MSDN',        'MSDN',     5,     10),
  ('CLOUD_PLATFORM',                        'WINDOWS_SERVER',               'Windows Server Standard (internal use)',     'IUR',      5,     15),
  ('CLOUD_PLATFORM',                        'VISUAL_STUDIO_ENTERPRISE_MSDN', 'Visual Studio Enterprise with MSDN',        'MSDN',     5,     10),
  ('DATACENTER',                            'WINDOWS_SERVER',               'Windows Server Standard (internal use)',     'IUR',      5,     15),
  ('DATACENTER',                            'SYSTEM_CENTER',                'System Center Datacenter (internal use)',    'IUR',      1,     2),
  ('DATA_ANALYTICS',                        'SQL_SERVER',                   'SQL Server Standard (internal use)',         'IUR',      2,     5),
  ('DATA_PLATFORM',                         'SQL_SERVER',                   'SQL Server Standard (internal use)',         'IUR',      2,     5),
  ('DATA_PLATFORM',                         'VISUAL_STUDIO_ENTERPRISE_MSDN', 'Visual Studio Enterprise with MSDN',        'MSDN',     5,     10),
  ('CLOUD_CUSTOMER_RELATIONSHIP_MANAGEMENT', 'DYNAMICS_CRM_ONLINE_PRO',     'Dynamics CRM Online Professional (internal use)', 'IUR', 10,    25),
  ('ENTERPRISE_RESOURCE_PLANNING',          'DYNAMICS_CRM_ONLINE_PRO',      'Dynamics CRM Online Professional (internal use)', 'IUR', 5,     10),
  ('ENTERPRISE_MOBILITY_MANAGEMENT',        'ENTERPRISE_MOBILITY_SUITE',    'Enterprise Mobility Suite (internal use)',   'IUR',      25,    50),
  ('WINDOWS_AND_DEVICES',                   'WINDOWS_10_ENTERPRISE',        'Windows 10 Enterprise (internal use)',       'IUR',      25,    50),
  -- The guide's example: silver Cloud Productivity adds 25 Office 365 IUR and 5 Visual Studio with MSDN.
  ('CLOUD_PRODUCTIVITY',                    'OFFICE_365_E3',                'Office 365 E3 (internal use)',               'IUR',      25,    50),
  ('CLOUD_PRODUCTIVITY',                    'VISUAL_STUDIO_ENTERPRISE_MSDN', 'Visual Studio Enterprise with MSDN',        'MSDN',     5,     10),
  ('SMALL_AND_MIDMARKET_CLOUD_SOLUTIONS',    'OFFICE_365_E3',                'Office 365 E3 (internal use)',               'IUR',      10,    25),
  ('COLLABORATION_AND_CONTENT',             'SHAREPOINT_SERVER',            'SharePoint Server (internal use)',           'IUR',      1,     2),
  ('COLLABORATION_AND_CONTENT',             'OFFICE_PRO_PLUS',              'Office Professional Plus (internal use)',    'IUR',      25,    50),
  ('COMMUNICATIONS',                        'OFFICE_365_E3',                'Office 365 E3 (internal use)',               'IUR',      10,    25),
  ('MESSAGING',                             'EXCHANGE_SERVER',              'Exchange Server (internal use)',             'IUR',      1,     2),
  ('MESSAGING',                             'OFFICE_365_E3',                'Office 365 E3 (internal use)',               'IUR',      10,    25),
  ('PROJECT_AND_PORTFOLIO_MANAGEMENT',      'PROJECT_PRO',                  'Project Professional (internal use)',        'IUR',      5,     10)
) as b (competency, code, title, class, silver, gold)
cross join lateral (values ('SILVER', b.silver), ('GOLD', b.gold)) as q (level, quantity);

-- Every competency also brings demonstration licenses for showing its solutions to customers (not capped).
insert into abtk_benefit (competency, level, benefit_code, title, quantity, license_class)
select distinct b.competency, q.level, 'DEMO_LICENSES', 'Demonstration licenses', q.quantity, 'DEMO'
from abtk_benefit b
cross join (values ('SILVER', 5), ('GOLD', 10)) as q (level, quantity)
where b.competency <> '*';

-- R-ABTK-17 (decided, as data): the most IUR and MSDN licenses ABTKs may grant one organization, per country of
-- its locations and worldwide ('*'). A country without a row is bound by the worldwide cap only.
create table license_grant (
  benefit_code varchar(60) not null,
  country      varchar(2)  not null,
  max_quantity integer     not null check (max_quantity >= 0),
  primary key (benefit_code, country)
);

insert into license_grant (benefit_code, country, max_quantity)
select g.code, c.country, case when c.country = '*' then g.worldwide else g.per_country end
from (values
  -- code                            per country  worldwide
  ('OFFICE_365_E3',                  100,         250),
  ('OFFICE_PRO_PLUS',                100,         250),
  ('ENTERPRISE_MOBILITY_SUITE',      100,         250),
  ('WINDOWS_10_ENTERPRISE',          100,         250),
  ('DYNAMICS_CRM_ONLINE_PRO',        50,          100),
  ('WINDOWS_SERVER',                 30,          60),
  ('SQL_SERVER',                     10,          25),
  ('SYSTEM_CENTER',                  5,           10),
  ('SHAREPOINT_SERVER',              5,           10),
  ('EXCHANGE_SERVER',                5,           10),
  ('PROJECT_PRO',                    20,          50),
  ('VISUAL_STUDIO_ENTERPRISE_MSDN',  20,          50)
) as g (code, per_country, worldwide)
cross join (values ('*'), ('US'), ('GB'), ('DE'), ('FR'), ('IN'), ('JP'), ('BR'), ('AU'), ('CA')) as c (country);

-- R-ABTK-10, R-ABTK-11, R-ABTK-17: what a fulfilled ABTK granted a location, capped; it expires on the
-- anniversary of the program year (moved when the anniversary is extended), then expired_at is set.
create table abtk_benefit_grant (
  id              uuid primary key,
  organization_id uuid        not null,
  location_id     uuid        not null,
  order_id        uuid        not null references abtk_order (id),
  competency      varchar(60) not null,
  benefit_code    varchar(60) not null,
  quantity        integer     not null check (quantity > 0),
  license_class   varchar(16) not null,
  country         varchar(2)  not null,
  expires_on      date        not null,
  expired_at      timestamptz,
  granted_at      timestamptz not null,
  unique (order_id, competency, benefit_code)
);
create index abtk_benefit_grant_location on abtk_benefit_grant (location_id) where expired_at is null;
create index abtk_benefit_grant_organization on abtk_benefit_grant (organization_id, benefit_code)
  where expired_at is null;

-- Every payment received, whatever it paid: a payment that does not pay its invoice (wrong amount or currency,
-- an invoice no longer open) is kept here IN_REVIEW for billing, who accept it as payment or refund it.
-- Idempotent by payment reference and invoice: a repeated notification finds its row and changes nothing.
create table payment (
  id                uuid primary key,
  invoice_id        uuid          not null references invoice (id),
  organization_id   uuid          not null,
  amount            numeric       not null,
  currency          varchar(3)    not null,
  payment_reference varchar(200)  not null,
  channel           varchar(16)   not null check (channel in ('PROVIDER', 'BANK_TRANSFER')),
  status            varchar(16)   not null check (status in ('APPLIED', 'IN_REVIEW', 'ACCEPTED', 'REFUNDED')),
  review_reason     varchar(300),
  received_at       timestamptz   not null,
  decided_at        timestamptz,
  decided_by        varchar(100),
  unique (payment_reference, invoice_id)
);
create index payment_invoice on payment (invoice_id);

-- Payments recorded before the ledger existed.
insert into payment (id, invoice_id, organization_id, amount, currency, payment_reference, channel, status,
  received_at)
select gen_random_uuid(), id, organization_id, amount, currency, payment_reference, 'PROVIDER', 'APPLIED', paid_at
from invoice where status = 'PAID' and payment_reference is not null;

-- The ledger is the idempotency key now (reference + invoice); the invoice keeps the reference that paid it.
alter table invoice drop constraint invoice_payment_reference_key;
