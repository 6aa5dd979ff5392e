-- The activity log: every change to an organization's data, who made it, what, when and to which entity.
-- Rows are only ever added; the lists read it newest first, by date and by type.
create table activity (
    id               uuid primary key,
    organization_id  uuid          not null references organization (id),
    occurred_at      timestamptz   not null,
    actor            varchar(254)  not null,
    actor_kind       varchar(20)   not null,
    type             varchar(60)   not null,
    entity_type      varchar(40)   not null,
    entity_id        uuid,
    summary          varchar(1000) not null
);
create index activity_organization_idx on activity (organization_id, occurred_at desc);
create index activity_type_idx on activity (organization_id, type, occurred_at desc);
