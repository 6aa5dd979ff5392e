-- Issue 14 (4), R-PPL-8: each organization has a public partner number of 7 digits, assigned at registration.
-- Random rather than counted up: numbers in order would tell anyone how many partners there are and let them
-- walk the partner lookup from one end. Existing organizations get one here, each drawn until it is free.
alter table organization add column partner_number varchar(7);

do $$
declare
  org record;
  drawn varchar(7);
begin
  for org in select id from organization where partner_number is null loop
    loop
      drawn := (1000000 + floor(random() * 9000000))::int::text;
      exit when not exists (select 1 from organization where partner_number = drawn);
    end loop;
    update organization set partner_number = drawn where id = org.id;
  end loop;
end $$;

alter table organization alter column partner_number set not null;
alter table organization add constraint organization_partner_number_format
    check (partner_number ~ '^[1-9][0-9]{6}$');
create unique index organization_partner_number_idx on organization (partner_number);

-- R-PPL-7: a registration waits here until its confirmation link is clicked. It reserves nothing: two pending
-- registrations for one address may coexist, and the first click wins. The admin's password is kept only as
-- its BCrypt hash. Rows go a while after they lapse (OrganizationSignUps.prune).
create table pending_registration (
    id             uuid primary key,
    name           varchar(200) not null,
    country        varchar(2)   not null,
    first_name     varchar(100) not null,
    last_name      varchar(100) not null,
    email          varchar(254) not null,
    password_hash  varchar(100) not null,
    requested_at   timestamptz  not null,
    expires_at     timestamptz  not null,
    confirmed_at   timestamptz
);
create index pending_registration_expiry_idx on pending_registration (expires_at);

-- R-PPL-3, R-PPL-7: an association request waits here until its confirmation link is clicked; only the click
-- makes the person REQUESTING (people capability). It reserves nothing either.
create table pending_association_request (
    id               uuid primary key,
    organization_id  uuid         not null references organization (id),
    location_id      uuid         not null references location (id),
    first_name       varchar(100) not null,
    last_name        varchar(100) not null,
    email            varchar(254) not null,
    requested_at     timestamptz  not null,
    expires_at       timestamptz  not null,
    confirmed_at     timestamptz
);
create index pending_association_request_expiry_idx on pending_association_request (expires_at);
