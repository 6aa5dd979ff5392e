-- RSC reviews of a location dissociation or an organization merge (R-LOC-5, R-LOC-7).
create table review (
    id                     uuid primary key,
    organization_id        uuid          not null references organization (id),
    type                   varchar(20)   not null,
    location_id            uuid references location (id),
    other_organization_id  uuid references organization (id),
    reason                 varchar(4000) not null,
    status                 varchar(20)   not null,
    -- the impact as JSON, as the partner saw it when they asked
    impact                 text          not null,
    requested_by           varchar(254)  not null,
    decided_by             varchar(254),
    comment                varchar(4000),
    created_at             timestamptz   not null,
    decided_at             timestamptz,
    version                bigint        not null default 0
);
create index review_organization_idx on review (organization_id, created_at desc);
create index review_location_idx on review (location_id, status);

-- R-LOC-7: an organization merged into another keeps its row for history, emptied.
alter table organization add column merged_into uuid references organization (id);
