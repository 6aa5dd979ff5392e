-- R-COMP-2: a competency held by a location, at silver or gold, with its status.
create table location_competency (
    location_id      uuid        not null references location (id),
    organization_id  uuid        not null references organization (id),
    competency       varchar(60) not null,
    level            varchar(10),
    status           varchar(30) not null,
    earned_at        timestamptz,
    updated_at       timestamptz not null,
    version          bigint      not null default 0,
    primary key (location_id, competency)
);
create index location_competency_organization_idx on location_competency (organization_id, status);
