-- Indexes for the filters and sort orders of the lists that grow (issue 8): every filter of every list is
-- served by an index that starts with the organization, so the cost of a page does not grow with the data.

-- People (R-PPL-3): sorted by last name, first name, email; filtered by status and/or location.
create index individual_name_order_idx on individual (organization_id, last_name, first_name, email);
create index individual_status_order_idx on individual (organization_id, status, last_name, first_name, email);
create index individual_location_order_idx on individual (organization_id, location_id, last_name, first_name);
drop index individual_organization_idx;

-- Customer references: newest first; filtered by status, location or competency.
create index customer_reference_status_order_idx on customer_reference (organization_id, status, created_at desc);
create index customer_reference_location_order_idx on customer_reference (organization_id, location_id, created_at desc);
create index customer_reference_competency_order_idx on customer_reference (organization_id, competency, created_at desc);
drop index customer_reference_status_idx;

-- A location's sub-locations (hierarchy, impact analysis).
create index location_parent_idx on location (parent_id, status);

-- The MCP list filtered by MCP id.
create index mcp_association_mcp_idx on mcp_association (organization_id, mcp_id);

-- R-PPL-1: invitations by list are stored first and their processes started after commit, in batches
-- (process invitation-start); these are the ones whose individual-association instance is not started yet.
alter table individual add column association_pending boolean not null default false;
create index individual_association_pending_idx on individual (created_at) where association_pending;
