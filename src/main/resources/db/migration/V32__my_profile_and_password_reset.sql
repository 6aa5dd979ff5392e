-- Issue 17: a person's own profile (My profile): phone, language of the portal and mails, time zone.
alter table individual add column phone varchar(30);
alter table individual add column language varchar(2);
alter table individual add column time_zone varchar(64);

-- Issue 17: a forgotten password. A row for every request, whatever the address (no account enumeration); its
-- link names the row, which makes it single use, and lapses after 30 minutes.
create table password_reset (
    id            uuid primary key,
    email         varchar(254) not null,
    requested_at  timestamptz  not null,
    expires_at    timestamptz  not null,
    confirmed_at  timestamptz
);
create index password_reset_expiry_idx on password_reset (expires_at);
create index password_reset_email_idx on password_reset (lower(email), requested_at);
