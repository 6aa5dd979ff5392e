-- Mails sent from process steps, keyed by the job that sent them: a job re-run after a crash or a rolled-back
-- transaction finds its mail here and does not send it again (see notification/SentMails).
create table sent_mail (
  id      varchar(200) primary key,
  sent_at timestamptz  not null
);
