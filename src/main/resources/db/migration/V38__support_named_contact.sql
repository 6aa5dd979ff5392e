-- R-SUP-5: per organization one member of the Camunda group rsc is its named contact (RTC and concierge).
-- user_id is the Camunda user id (staff identities live in Camunda, not in this database).
create table named_contact (
    organization_id uuid          primary key references organization (id),
    user_id         varchar(64)   not null,
    assigned_at     timestamp with time zone not null,
    assigned_by     varchar(254)  not null
);
create index named_contact_user on named_contact (user_id);

-- R-SUP-4: why the partner reopened the ticket (shown on the reopened task); R-SUP-6: staff's questions and the
-- partner's answers (each up to 4000 characters) are recorded in the history whole.
alter table support_ticket add column reopen_comment varchar(4000);
alter table ticket_history alter column detail type varchar(5000);
