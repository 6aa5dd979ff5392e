-- R-MEM-6: the program agreement's versions, as staff publish them; the newest published is the current one.
create table program_agreement (
  version varchar(32) primary key,
  text text not null,
  published_at timestamptz not null,
  published_by varchar(320) not null
);

-- R-MEM-6: every acceptance is kept: which version, who accepted it for the organization, and when.
create table agreement_acceptance (
  organization_id uuid not null,
  version varchar(32) not null references program_agreement (version),
  accepted_by varchar(320) not null,
  accepted_at timestamptz not null,
  primary key (organization_id, version)
);

insert into program_agreement (version, text, published_at, published_by) values ('2026-1',
'This agreement is between your organization and the Partner Program. By accepting it, your organization joins the program at its membership level and agrees to the program''s rules for the program year.

Your organization keeps its profile, locations, people and customer references accurate and current. The competencies, benefits and software licenses it receives are for its own business use, at the locations they were granted to, and end on the anniversary unless the membership is renewed.

Your organization represents its competencies and membership truthfully, uses the program''s names and logos only as the program guide allows, and answers the program''s reviews of its references and qualifications.

The program may change this agreement. A new version is shown in the portal; a global admin of your organization accepts it within 30 days of its publication, or orders are refused until it is accepted.',
now(), 'program');

-- Organizations registered before the agreement existed joined under its first version.
insert into agreement_acceptance (organization_id, version, accepted_by, accepted_at)
select id, '2026-1', 'on record at launch', now() from organization;
