-- R-LOC-8: a merge waits for the other organization's consent. Who accepted it, and the impact on the other
-- organization's side as its global admins saw it in their consent task (the asking organization never sees it).
alter table review add column consented_by varchar(254);
alter table review add column consent_impact text;
create index review_other_organization_idx on review (other_organization_id, status);

-- R-LOC-8: after a merge the merged organization's activity moves to the survivor, marked with its origin (the
-- merged organization's name); null for the organization's own entries.
alter table activity add column origin varchar(300);
