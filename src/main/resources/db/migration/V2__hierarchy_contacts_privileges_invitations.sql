-- R-ROLE-1, R-LOC-2: contact roles per location, held by associated individuals.
create table location_contact (
    location_id    uuid        not null references location (id),
    role           varchar(20) not null,
    individual_id  uuid        not null references individual (id),
    primary key (location_id, role)
);
create index location_contact_individual_idx on location_contact (individual_id);

-- R-ROLE-2, R-ROLE-3: privileges per location and associated individual.
create table privilege_grant (
    organization_id uuid        not null references organization (id),
    location_id     uuid        not null references location (id),
    individual_id   uuid        not null references individual (id),
    privilege       varchar(30) not null,
    granted_at      timestamptz not null,
    primary key (location_id, individual_id, privilege)
);
create index privilege_grant_organization_idx on privilege_grant (organization_id, privilege);
create index privilege_grant_individual_idx on privilege_grant (individual_id);

-- R-ROLE-4: the locations a location admin manages (and, decided, their sub-locations).
create table admin_location (
    individual_id  uuid not null references individual (id),
    location_id    uuid not null references location (id),
    primary key (individual_id, location_id)
);

-- Invitations (R-PPL-1..4): when the last invitation mail left, for progress and resending.
alter table individual add column invitation_sent_at timestamptz;
alter table individual add column profile_completed_at timestamptz;
create index individual_location_idx on individual (location_id);
create index individual_first_name_idx on individual (organization_id, lower(first_name));
create index individual_last_name_idx on individual (organization_id, lower(last_name));
create index individual_email_org_idx on individual (organization_id, lower(email));
