-- R-ABTK-19: why an invoice was cancelled, for the mail that tells the billing contact: UNPAID (its due date passed),
-- ADMIN (an admin cancelled the order; cancelled_by is who), WITH_SILVER (an ABTK upgrade cancelled with the silver
-- ABTK it upgrades, R-ABTK-12).
alter table invoice add column cancel_reason varchar(16);
alter table invoice add column cancelled_by varchar(254);
