-- Issue 14 (6): a mail step claims its ledger row before it talks to the SMTP server and marks it sent after, each
-- in a short transaction of its own, so that no ledger transaction (and its database connection) stays open for
-- the SMTP conversation. sending_until is set while a claim holds (null once sent): a run that finds a live claim
-- leaves the mail to the run that holds it; a claim whose run died lapses then and the mail is sent again.
alter table sent_mail add column sending_until timestamptz;
