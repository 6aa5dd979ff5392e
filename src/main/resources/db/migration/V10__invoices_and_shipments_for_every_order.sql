-- Invoices and shipments serve every kind of order (ABTK, plaques and plates, Action Pack), not only ABTK orders:
-- the order an invoice or shipment belongs to is named by its type and id.
alter table invoice drop constraint invoice_order_id_fkey;
alter table invoice add column order_type varchar(16) not null default 'ABTK'
  check (order_type in ('ABTK', 'PLAQUE', 'ACTION_PACK'));
alter table invoice alter column order_type drop default;
-- What the invoice is for, in words ("SILVER ABTK for Berlin"), for the payment history and reminders.
alter table invoice add column description varchar(300) not null default '';

alter table shipment drop constraint shipment_order_id_fkey;
alter table shipment drop constraint shipment_kind_check;
alter table shipment add constraint shipment_kind_check
  check (kind in ('WELCOME_KIT', 'COMPETENCY_KIT', 'UPGRADE_KIT', 'UPDATE_KIT', 'PLAQUE', 'PLATE'));
create index invoice_open_due on invoice (due_date) where status = 'OPEN';
