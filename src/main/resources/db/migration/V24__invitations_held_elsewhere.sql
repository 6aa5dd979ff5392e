-- Issue 14, R-PPL-7: an organization that invites an address another organization holds gets the same answer as
-- for any address, and a row in its People Awaiting Profile like any invitation; the address's owner gets a mail
-- instead of an invitation link. Such a row holds nothing: the address stays with the organization that has it.
alter table individual add column held_elsewhere boolean not null default false;

drop index individual_email_active_idx;
-- R-PPL-5: an address belongs to at most one organization at a time.
create unique index individual_email_active_idx on individual (lower(email))
    where status not in ('REJECTED', 'REMOVED') and not held_elsewhere;
