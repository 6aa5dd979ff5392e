-- The language an organization is written to in (its people's mails and invitations until each chooses their
-- own), and the language of a customer reference's contact (the customer's mails and page).
alter table organization add column language varchar(2) not null default 'en';
alter table customer_reference add column contact_language varchar(2) not null default 'en';
