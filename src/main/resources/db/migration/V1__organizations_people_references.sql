-- Organizations and their location tree (R-LOC-1). The HQ is named by the organization.
create table organization (
    id                uuid primary key,
    name              varchar(200) not null,
    membership_level  varchar(20)  not null,
    anniversary_date  date         not null,
    hq_location_id    uuid,
    created_at        timestamptz  not null,
    version           bigint       not null default 0
);

create table location (
    id               uuid primary key,
    organization_id  uuid         not null references organization (id),
    parent_id        uuid references location (id),
    name             varchar(200) not null,
    country          varchar(2)   not null,
    currency         varchar(3)   not null,
    status           varchar(20)  not null,
    created_at       timestamptz  not null,
    version          bigint       not null default 0
);
create index location_organization_idx on location (organization_id, name);

alter table organization
    add constraint organization_hq_fk foreign key (hq_location_id) references location (id);

-- Individuals associated (or asking to be) with an organization at one location.
create table individual (
    id               uuid primary key,
    organization_id  uuid         not null references organization (id),
    location_id      uuid         not null references location (id),
    first_name       varchar(100),
    last_name        varchar(100),
    email            varchar(254) not null,
    status           varchar(30)  not null,
    invite_method    varchar(30),
    invited_at       timestamptz,
    role             varchar(30)  not null,
    password_hash    varchar(100),
    created_at       timestamptz  not null,
    version          bigint       not null default 0
);
create index individual_organization_idx on individual (organization_id, status, last_name);
-- R-PPL-5: an address belongs to at most one organization at a time.
create unique index individual_email_active_idx on individual (lower(email))
    where status not in ('REJECTED', 'REMOVED');

-- Customer references (R-REF-1..7).
create table customer_reference (
    id                   uuid primary key,
    organization_id      uuid          not null references organization (id),
    location_id          uuid          not null references location (id),
    competency           varchar(60)   not null,
    customer_company     varchar(200)  not null,
    contact_name         varchar(200)  not null,
    contact_email        varchar(254)  not null,
    description          varchar(4000) not null,
    status               varchar(30)   not null,
    created_by           uuid          not null references individual (id),
    created_at           timestamptz   not null,
    request_expires_at   timestamptz   not null,
    answer               varchar(20),
    answered_at          timestamptz,
    approved_at          timestamptz,
    expires_at           timestamptz,
    version              bigint        not null default 0
);
create index customer_reference_organization_idx on customer_reference (organization_id, created_at desc);
create index customer_reference_status_idx on customer_reference (organization_id, status);
