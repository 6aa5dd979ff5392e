-- MCPs (R-MCP-1..3): the program's certification registry, and the MCPs partner organizations associate.

-- Certifications, and the competencies each one counts toward (R-MCP-3, R-COMP-3). Reference data,
-- seeded below; competency codes are those of org.pmc.competency.Competency.
create table certification (
    code   varchar(40)  primary key,
    title  varchar(200) not null
);

create table certification_competency (
    certification_code  varchar(40) not null references certification (code),
    competency          varchar(60) not null,
    primary key (certification_code, competency)
);

-- The registry: professionals by MCP ID, with their certifications and completed trainings.
create table professional (
    mcp_id      varchar(20)  primary key,
    first_name  varchar(100) not null,
    last_name   varchar(100) not null,
    email       varchar(254) not null,
    version     bigint       not null default 0
);

create table professional_certification (
    mcp_id              varchar(20) not null references professional (mcp_id),
    certification_code  varchar(40) not null references certification (code),
    earned_on           date        not null,
    primary key (mcp_id, certification_code)
);
create index professional_certification_code_idx on professional_certification (certification_code, mcp_id);

create table training (
    mcp_id        varchar(20)  not null references professional (mcp_id),
    title         varchar(200) not null,
    completed_on  date         not null
);
create index training_mcp_idx on training (mcp_id);

-- An MCP associated (or invited) by an organization, at one of its locations (R-MCP-2).
create table mcp_association (
    id               uuid        primary key,
    organization_id  uuid        not null references organization (id),
    location_id      uuid        not null references location (id),
    mcp_id           varchar(20) not null references professional (mcp_id),
    status           varchar(20) not null,
    invited_at       timestamptz not null,
    associated_at    timestamptz,
    version          bigint      not null default 0
);
create index mcp_association_organization_idx on mcp_association (organization_id, status, location_id);
-- R-MCP-2 (decided): an MCP is associated with (or invited by) at most one organization at a time.
create unique index mcp_association_active_idx on mcp_association (mcp_id) where status <> 'REMOVED';

insert into certification (code, title) values
    ('MCSA_OFFICE_365',               'MCSA: Office 365'),
    ('MCSE_PRODUCTIVITY',             'MCSE: Productivity'),
    ('MCSE_CLOUD_PLATFORM',           'MCSE: Cloud Platform and Infrastructure'),
    ('MCSA_WINDOWS_SERVER_2016',      'MCSA: Windows Server 2016'),
    ('MCSA_CLOUD_PLATFORM',           'MCSA: Cloud Platform'),
    ('MCSD_APP_BUILDER',              'MCSD: App Builder'),
    ('MCSA_WEB_APPLICATIONS',         'MCSA: Web Applications'),
    ('MCSD_ALM',                      'MCSD: Application Lifecycle Management'),
    ('MCSE_DATA_MANAGEMENT',          'MCSE: Data Management and Analytics'),
    ('MCSA_SQL_2016_BI',              'MCSA: SQL 2016 BI Development'),
    ('MCSA_SQL_2016_DATABASE_ADMIN',  'MCSA: SQL 2016 Database Administration'),
    ('MCSA_WINDOWS_10',               'MCSA: Windows 10'),
    ('MCSE_MOBILITY',                 'MCSE: Mobility'),
    ('MCSA_DYNAMICS_365',             'MCSA: Microsoft Dynamics 365'),
    ('MCSE_BUSINESS_APPLICATIONS',    'MCSE: Business Applications'),
    ('MCP_MICROSOFT_PROJECT',         'MCP: Managing Projects with Microsoft Project');

insert into certification_competency (certification_code, competency) values
    ('MCSA_OFFICE_365',              'CLOUD_PRODUCTIVITY'),
    ('MCSA_OFFICE_365',              'MESSAGING'),
    ('MCSA_OFFICE_365',              'SMALL_AND_MIDMARKET_CLOUD_SOLUTIONS'),
    ('MCSE_PRODUCTIVITY',            'CLOUD_PRODUCTIVITY'),
    ('MCSE_PRODUCTIVITY',            'COLLABORATION_AND_CONTENT'),
    ('MCSE_PRODUCTIVITY',            'COMMUNICATIONS'),
    ('MCSE_PRODUCTIVITY',            'MESSAGING'),
    ('MCSE_CLOUD_PLATFORM',          'CLOUD_PLATFORM'),
    ('MCSE_CLOUD_PLATFORM',          'DATACENTER'),
    ('MCSA_WINDOWS_SERVER_2016',     'DATACENTER'),
    ('MCSA_CLOUD_PLATFORM',          'CLOUD_PLATFORM'),
    ('MCSD_APP_BUILDER',             'APPLICATION_DEVELOPMENT'),
    ('MCSA_WEB_APPLICATIONS',        'APPLICATION_DEVELOPMENT'),
    ('MCSA_WEB_APPLICATIONS',        'APPLICATION_INTEGRATION'),
    ('MCSD_ALM',                     'APPLICATION_LIFECYCLE_MANAGEMENT'),
    ('MCSE_DATA_MANAGEMENT',         'DATA_ANALYTICS'),
    ('MCSE_DATA_MANAGEMENT',         'DATA_PLATFORM'),
    ('MCSA_SQL_2016_BI',             'DATA_ANALYTICS'),
    ('MCSA_SQL_2016_DATABASE_ADMIN', 'DATA_PLATFORM'),
    ('MCSA_WINDOWS_10',              'WINDOWS_AND_DEVICES'),
    ('MCSE_MOBILITY',                'ENTERPRISE_MOBILITY_MANAGEMENT'),
    ('MCSE_MOBILITY',                'WINDOWS_AND_DEVICES'),
    ('MCSA_DYNAMICS_365',            'CLOUD_CUSTOMER_RELATIONSHIP_MANAGEMENT'),
    ('MCSA_DYNAMICS_365',            'ENTERPRISE_RESOURCE_PLANNING'),
    ('MCSE_BUSINESS_APPLICATIONS',   'CLOUD_CUSTOMER_RELATIONSHIP_MANAGEMENT'),
    ('MCSE_BUSINESS_APPLICATIONS',   'ENTERPRISE_RESOURCE_PLANNING'),
    ('MCP_MICROSOFT_PROJECT',        'PROJECT_AND_PORTFOLIO_MANAGEMENT');
