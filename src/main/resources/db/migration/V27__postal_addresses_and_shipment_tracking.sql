-- R-ABTK-20: a location's postal address, where its shipments go; R-ABTK-19: the organization's billing address
-- and VAT id, printed on its invoices. Either address is absent (all columns null) until someone gives it.
alter table location
  add column address_line1 varchar(200),
  add column address_line2 varchar(200),
  add column address_city varchar(100),
  add column address_postal_code varchar(20),
  add column address_region varchar(100),
  add column address_country varchar(2);

alter table organization
  add column billing_line1 varchar(200),
  add column billing_line2 varchar(200),
  add column billing_city varchar(100),
  add column billing_postal_code varchar(20),
  add column billing_region varchar(100),
  add column billing_country varchar(2),
  add column vat_id varchar(20);

-- A shipment keeps the address it was sent to (a later change of the location's address does not move it) and
-- moves PREPARING -> SHIPPED -> DELIVERED with the carrier's tracking number (the shipment process).
alter table shipment
  add column address_line1 varchar(200),
  add column address_line2 varchar(200),
  add column address_city varchar(100),
  add column address_postal_code varchar(20),
  add column address_region varchar(100),
  add column address_country varchar(2),
  add column carrier varchar(100),
  add column tracking_number varchar(100),
  add column shipped_at timestamptz,
  add column delivered_at timestamptz;
update shipment set status = 'PREPARING' where status = 'PENDING';
alter table shipment add constraint shipment_status_check check (status in ('PREPARING', 'SHIPPED', 'DELIVERED'));
