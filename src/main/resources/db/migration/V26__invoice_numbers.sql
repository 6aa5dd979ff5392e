-- Issue 16: invoices are numbered gap-free per calendar year (UTC), PMC-2026-000123. The transaction that creates
-- an invoice takes the next number of its year from this counter and holds the row until it commits: a rolled-back
-- invoice gives its number back, so no number is skipped.
create table invoice_number (
  year int primary key,
  last_number int not null check (last_number > 0)
);

alter table invoice add column number varchar(20);

with numbered as (
  select id, extract(year from created_at at time zone 'UTC')::int as year,
    row_number() over (partition by extract(year from created_at at time zone 'UTC') order by created_at, id) as n
  from invoice)
update invoice set number = 'PMC-' || numbered.year || '-' || lpad(numbered.n::text, 6, '0')
from numbered where numbered.id = invoice.id;

insert into invoice_number (year, last_number)
select extract(year from created_at at time zone 'UTC')::int, count(*) from invoice group by 1;

alter table invoice alter column number set not null;
alter table invoice add constraint invoice_number_unique unique (number);
