-- Issue 13: an invitation link names the invitation mail it came in, not the person, so that a newer mail
-- (a resend, the reminder) replaces the links sent before it. Null until a person's first mail from now on:
-- until then their link names them, as every link sent before this did, and those keep working.
alter table individual add column invitation_link_id uuid;
create unique index individual_invitation_link_idx on individual (invitation_link_id);
