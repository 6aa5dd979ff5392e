-- R-SUP-2: what a partner chooses when raising a ticket (category, topic, issue), and the self-help
-- articles offered for each issue before the ticket form. Reference data: change it here, not in code.
create table support_category (
    code     varchar(40)  primary key,
    title    varchar(200) not null,
    position integer      not null
);

create table support_topic (
    category_code varchar(40)  not null references support_category (code),
    code          varchar(40)  not null,
    title         varchar(200) not null,
    position      integer      not null,
    primary key (category_code, code)
);

create table support_issue (
    category_code varchar(40)  not null,
    topic_code    varchar(40)  not null,
    code          varchar(40)  not null,
    title         varchar(200) not null,
    position      integer      not null,
    primary key (category_code, topic_code, code),
    foreign key (category_code, topic_code) references support_topic (category_code, code)
);

create table support_article (
    category_code varchar(40)  not null,
    topic_code    varchar(40)  not null,
    issue_code    varchar(40)  not null,
    position      integer      not null,
    title         varchar(200) not null,
    url           varchar(500) not null,
    primary key (category_code, topic_code, issue_code, position),
    foreign key (category_code, topic_code, issue_code) references support_issue (category_code, topic_code, code)
);

insert into support_category (code, title, position) values
    ('PROGRAM',   'Partner program and benefits', 1),
    ('TECHNICAL', 'Technical questions',          2),
    ('LICENSING', 'Licensing and software',       3);

insert into support_topic (category_code, code, title, position) values
    ('PROGRAM',   'MEMBERSHIP',   'Membership and renewal',        1),
    ('PROGRAM',   'COMPETENCIES', 'Competencies and requirements', 2),
    ('TECHNICAL', 'CLOUD',        'Cloud services',                1),
    ('TECHNICAL', 'ON_PREMISES',  'On-premises products',          2),
    ('LICENSING', 'KEYS',         'Product keys',                  1),
    ('LICENSING', 'DOWNLOADS',    'Software downloads',            2);

insert into support_issue (category_code, topic_code, code, title, position) values
    ('PROGRAM',   'MEMBERSHIP',   'RENEWAL',       'Renewing the membership',              1),
    ('PROGRAM',   'MEMBERSHIP',   'BENEFITS',      'Which benefits my level includes',     2),
    ('PROGRAM',   'COMPETENCIES', 'REQUIREMENTS',  'Meeting competency requirements',      1),
    ('TECHNICAL', 'CLOUD',        'DEPLOYMENT',    'Deploying a customer solution',        1),
    ('TECHNICAL', 'CLOUD',        'OUTAGE',        'A service is down or degraded',        2),
    ('TECHNICAL', 'ON_PREMISES',  'INSTALLATION',  'Installing or upgrading a product',    1),
    ('LICENSING', 'KEYS',         'KEY_MISSING',   'A product key is missing or invalid',  1),
    ('LICENSING', 'DOWNLOADS',    'DOWNLOAD_FAILS','A download fails',                     1);

insert into support_article (category_code, topic_code, issue_code, position, title, url) values
    ('PROGRAM',   'MEMBERSHIP',   'RENEWAL',        1, 'How to renew your membership',                'https://support.pmc.example/program/renewal'),
    ('PROGRAM',   'MEMBERSHIP',   'RENEWAL',        2, 'The re-enrollment window explained',          'https://support.pmc.example/program/reenrollment-window'),
    ('PROGRAM',   'MEMBERSHIP',   'BENEFITS',       1, 'Benefits by membership level',                'https://support.pmc.example/program/benefits'),
    ('PROGRAM',   'COMPETENCIES', 'REQUIREMENTS',   1, 'Competency requirements at a glance',         'https://support.pmc.example/program/competency-requirements'),
    ('PROGRAM',   'COMPETENCIES', 'REQUIREMENTS',   2, 'Counting customer references and MCPs',       'https://support.pmc.example/program/evidence'),
    ('TECHNICAL', 'CLOUD',        'DEPLOYMENT',     1, 'Deployment checklist for cloud solutions',    'https://support.pmc.example/technical/cloud-deployment'),
    ('TECHNICAL', 'CLOUD',        'OUTAGE',         1, 'Service health and status page',              'https://support.pmc.example/technical/service-health'),
    ('TECHNICAL', 'ON_PREMISES',  'INSTALLATION',   1, 'Installation and upgrade guides',             'https://support.pmc.example/technical/installation'),
    ('LICENSING', 'KEYS',         'KEY_MISSING',    1, 'Where to find your product keys',             'https://support.pmc.example/licensing/product-keys'),
    ('LICENSING', 'DOWNLOADS',    'DOWNLOAD_FAILS', 1, 'Troubleshooting software downloads',          'https://support.pmc.example/licensing/downloads');

-- R-SUP-2..4: a ticket, its channel and status; every step in ticket_history with its time (R-SUP-3).
create table support_ticket (
    id              uuid          primary key,
    organization_id uuid          not null references organization (id),
    raised_by       uuid          not null,
    category        varchar(40)   not null,
    topic           varchar(40)   not null,
    issue           varchar(40)   not null,
    priority        varchar(10)   not null check (priority in ('LOW', 'MEDIUM', 'HIGH')),
    complexity      varchar(10)   not null check (complexity in ('LOW', 'HIGH')),
    subject         varchar(200)  not null,
    description     varchar(5000) not null,
    channel         varchar(20)   check (channel in ('COMMUNITY', 'LIVE_CHAT', 'RSC', 'RTC', 'CONCIERGE', 'RSC_LEAD')),
    status          varchar(10)   not null check (status in ('OPEN', 'ANSWERED', 'REOPENED', 'CLOSED')),
    answer          varchar(10000),
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    answered_at     timestamp with time zone,
    closed_at       timestamp with time zone,
    version         bigint        not null default 0
);
create index support_ticket_organization on support_ticket (organization_id, created_at);

create table ticket_history (
    id        uuid          primary key,
    ticket_id uuid          not null references support_ticket (id),
    at        timestamp with time zone not null,
    event     varchar(20)   not null,
    channel   varchar(20),
    detail    varchar(1000)
);
create index ticket_history_ticket on ticket_history (ticket_id, at);
