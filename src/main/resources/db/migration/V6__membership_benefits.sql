-- R-MEM-1, R-MEM-2 (decided, as data): what each membership level includes. Every level includes the
-- Network benefits; Action Pack adds the software of the guide (475.00 USD a year); the competency
-- levels (silver, gold on premises, gold cloud) add larger quantities. The license statement reads
-- this table and compares it level by level; change the numbers here, not in code.
create table level_benefit (
    level          varchar(20)  not null,
    benefit_code   varchar(60)  not null,
    title          varchar(200) not null,
    quantity       integer      not null check (quantity > 0),
    kind           varchar(20)  not null check (kind in ('SOFTWARE', 'SUPPORT', 'TRAINING', 'MARKETING')),
    primary key (level, benefit_code)
);

-- One row per benefit, one column per level (null: not included), as the guide's tables read.
insert into level_benefit (level, benefit_code, title, quantity, kind)
select q.level, b.code, b.title, q.quantity, b.kind
from (values
    -- code                           title                                                  kind         network action_pack silver gold gold_cloud
    ('ONLINE_COMMUNITY',              'Online partner community and support forum',          'SUPPORT',   1,      1,          1,     1,   1),
    ('SELF_HELP',                     'Self help: top partner questions and guides',         'SUPPORT',   1,      1,          1,     1,   1),
    ('TRAINING_PLANS',                'Training plans for Microsoft technologies',           'TRAINING',  1,      1,          1,     1,   1),
    ('SALES_MARKETING_RESOURCES',     'Sales and marketing resources',                       'MARKETING', 1,      1,          1,     1,   1),
    ('WINDOWS_10_ENTERPRISE',         'Windows 10 Enterprise (internal use)',                'SOFTWARE',  null,   5,          25,    50,  50),
    ('OFFICE_365_E3',                 'Office 365 E3 (internal use)',                        'SOFTWARE',  null,   5,          25,    50,  100),
    ('ENTERPRISE_MOBILITY_SUITE',     'Enterprise Mobility Suite',                           'SOFTWARE',  null,   5,          25,    50,  100),
    ('AZURE_MONTHLY_CREDIT',          'Monthly Microsoft Azure credit (USD)',                'SOFTWARE',  null,   100,        300,   500, 1000),
    ('DYNAMICS_CRM_ONLINE_PRO',       'Dynamics CRM Online Professional',                    'SOFTWARE',  null,   5,          10,    25,  25),
    ('VISUAL_STUDIO_PRO',             'Visual Studio Professional',                          'SOFTWARE',  null,   3,          5,     10,  10),
    ('VISUAL_STUDIO_ENTERPRISE_MSDN', 'Visual Studio Enterprise with MSDN',                  'SOFTWARE',  null,   null,       5,     10,  10),
    ('OFFICE_PRO_PLUS',               'Office Professional Plus (internal use)',             'SOFTWARE',  null,   5,          25,    50,  50),
    ('WINDOWS_SERVER',                'Windows Server Standard (internal use)',              'SOFTWARE',  null,   1,          5,     15,  15),
    ('SQL_SERVER',                    'SQL Server Standard (internal use)',                  'SOFTWARE',  null,   1,          2,     5,   5),
    ('PROJECT_PRO',                   'Project Professional',                                'SOFTWARE',  null,   null,       5,     10,  10),
    ('VISIO_PRO',                     'Visio Professional',                                  'SOFTWARE',  null,   null,       5,     10,  10),
    ('SHAREPOINT_SERVER',             'SharePoint Server',                                   'SOFTWARE',  null,   null,       1,     2,   2),
    ('EXCHANGE_SERVER',               'Exchange Server',                                     'SOFTWARE',  null,   null,       1,     2,   2),
    ('SYSTEM_CENTER',                 'System Center Datacenter',                            'SOFTWARE',  null,   null,       null,  2,   2),
    ('LIVE_CHAT',                     'Live chat: high priority, low complexity',            'SUPPORT',   null,   1,          1,     1,   1),
    ('RSC_SUPPORT',                   'Regional Service Center: high complexity questions',  'SUPPORT',   null,   1,          1,     1,   1),
    ('NAMED_RTC',                     'Named RTC contact for program questions',             'SUPPORT',   null,   1,          1,     1,   null),
    ('CONCIERGE',                     'Concierge with a partner solution engineer',          'SUPPORT',   null,   null,       null,  null, 1),
    ('PRODUCT_SUPPORT_INCIDENTS',     'Post-sales product support incidents a year',         'SUPPORT',   null,   2,          10,    20,  20),
    ('ADVISORY_HOURS',                'Technical presales and advisory hours a year',        'SUPPORT',   null,   null,       20,    50,  50),
    ('CORE_TECHNOLOGY_TRAINING',      'Training on core Microsoft technologies',             'TRAINING',  null,   1,          1,     1,   1),
    ('PARTNER_MARKETING_CENTER',      'Digital marketing guidance (Partner Marketing Center)', 'MARKETING', null, 1,          1,     1,   1),
    ('COMPETENCY_LOGO',               'Competency logo, plaque and directory listing',       'MARKETING', null,   null,       1,     1,   1)
) as b (code, title, kind, network, action_pack, silver, gold, gold_cloud)
cross join lateral (values
    ('NETWORK', b.network), ('ACTION_PACK', b.action_pack), ('SILVER', b.silver), ('GOLD', b.gold),
    ('GOLD_CLOUD', b.gold_cloud)
) as q (level, quantity)
where q.quantity is not null;

-- R-SW-2: the software catalog. On-premises products are downloaded; online services are listed
-- apart. A product is available from min_level upwards (levels rank NETWORK < ACTION_PACK < SILVER <
-- GOLD < GOLD_CLOUD).
create table software_product (
    id                    uuid primary key,
    name                  varchar(200)  not null unique,
    category              varchar(60)   not null,
    delivery              varchar(20)   not null check (delivery in ('ON_PREMISES', 'ONLINE_SERVICE')),
    languages             text[]        not null,
    operating_systems     text[]        not null,
    system_requirements   varchar(1000) not null,
    special_instructions  varchar(1000) not null,
    requires_key          boolean       not null,
    min_level             varchar(20)   not null
);

insert into software_product values
('e7669ae0-d667-45fa-8ad5-dd73ea486ddf', 'Windows 10 Enterprise', 'Operating systems', 'ON_PREMISES',
 '{English,French,German,Japanese,Spanish}', '{32-bit (x86),64-bit (x64)}',
 '1 GHz processor; 1 GB RAM (32-bit) or 2 GB (64-bit); 20 GB disk; DirectX 9 graphics',
 'Activate with the product key from View License Keys within 30 days of installing. Internal use only.',
 true, 'ACTION_PACK'),
('554dd5e8-472d-41e5-97c5-a0cebc88c203', 'Windows Server 2016 Standard', 'Servers', 'ON_PREMISES',
 '{English,French,German,Japanese}', '{64-bit (x64)}',
 '1.4 GHz 64-bit processor; 2 GB RAM with Desktop Experience; 32 GB disk',
 'Licensed per core: cover at least 16 cores per server. Internal use only.',
 true, 'ACTION_PACK'),
('91372a29-cb56-417f-a290-58956e1db7e5', 'SQL Server 2016 Standard', 'Servers', 'ON_PREMISES',
 '{English,German,Japanese,Spanish}', '{Windows Server 2012 R2,Windows Server 2016}',
 '1.4 GHz x64 processor; 4 GB RAM; 6 GB disk; .NET Framework 4.6',
 'Install .NET Framework 4.6 first. Enter the product key when setup asks for the edition.',
 true, 'ACTION_PACK'),
('85f2f6ae-8090-4b7d-8a07-ce0c56237629', 'Office Professional Plus 2016', 'Applications', 'ON_PREMISES',
 '{English,French,German,Japanese,Portuguese (Brazil),Spanish}', '{Windows 7 SP1,Windows 8.1,Windows 10}',
 '1 GHz processor; 2 GB RAM; 3 GB disk; 1280 x 800 screen',
 'Remove earlier Click-to-Run versions of Office before installing.',
 true, 'ACTION_PACK'),
('1544cbfd-6068-4eba-9527-a5190165f986', 'Visual Studio Professional 2015', 'Developer tools', 'ON_PREMISES',
 '{English,Chinese (Simplified),French,German,Japanese}', '{Windows 7 SP1,Windows 8.1,Windows 10,Windows Server 2012 R2}',
 '1.6 GHz processor; 2 GB RAM; 10 GB disk; 1366 x 768 screen',
 'No product key: sign in to Visual Studio with the account your subscription is assigned to.',
 false, 'ACTION_PACK'),
('dd0d385f-c8b2-4ec9-97b5-f1584179cb44', 'Project Professional 2016', 'Applications', 'ON_PREMISES',
 '{English,French,German,Japanese,Spanish}', '{Windows 7 SP1,Windows 8.1,Windows 10}',
 '1 GHz processor; 2 GB RAM; 3 GB disk; 1280 x 800 screen',
 'Install the same bitness (32 or 64-bit) as your Office.',
 true, 'SILVER'),
('3c2e75f4-185b-4446-95ff-3ad6ecf30f8f', 'Visio Professional 2016', 'Applications', 'ON_PREMISES',
 '{English,French,German,Japanese,Spanish}', '{Windows 7 SP1,Windows 8.1,Windows 10}',
 '1 GHz processor; 2 GB RAM; 3 GB disk; 1280 x 800 screen',
 'Install the same bitness (32 or 64-bit) as your Office.',
 true, 'SILVER'),
('bf3064ec-6355-4a4d-9458-0feae9e836c4', 'SharePoint Server 2016', 'Servers', 'ON_PREMISES',
 '{English,French,German,Japanese}', '{Windows Server 2012 R2,Windows Server 2016}',
 '64-bit 4-core processor; 16 GB RAM; 80 GB system disk; SQL Server 2014 SP1 or later on a separate server',
 'Run the prerequisite installer before setup. Needs an Active Directory domain.',
 true, 'SILVER'),
('61823cd8-f635-4d7e-b8bd-e06d945c1916', 'Exchange Server 2016', 'Servers', 'ON_PREMISES',
 '{English,French,German,Japanese}', '{Windows Server 2012 R2,Windows Server 2016}',
 '64-bit processor; 8 GB RAM (Mailbox role); 30 GB disk; .NET Framework 4.6.2',
 'Prepare the Active Directory schema before the first install.',
 true, 'SILVER'),
('dcb7b048-db1b-486d-8232-011b1ccf34b0', 'System Center 2016 Datacenter', 'Servers', 'ON_PREMISES',
 '{English,French,German,Japanese}', '{Windows Server 2012 R2,Windows Server 2016}',
 '64-bit 8-core processor; 16 GB RAM; 10 GB disk per component; SQL Server 2014 or later',
 'Download each component (Configuration Manager, Operations Manager, ...) on its own.',
 true, 'GOLD'),
('b37a3cff-50e8-4c21-bf9f-c887b5ddc1ac', 'Office 365 E3', 'Cloud services', 'ONLINE_SERVICE',
 '{English,French,German,Japanese,Spanish}', '{Web browser,Windows,macOS,iOS,Android}',
 'A current version of Edge, Chrome, Firefox or Safari',
 'Activate on the Microsoft Online Services page; assign licenses in the Office 365 admin center.',
 false, 'ACTION_PACK'),
('393b05d1-e974-4136-95bc-c057bab4a268', 'Enterprise Mobility Suite', 'Cloud services', 'ONLINE_SERVICE',
 '{English,French,German,Japanese,Spanish}', '{Web browser,Windows,iOS,Android}',
 'A current version of Edge, Chrome, Firefox or Safari',
 'Activate on the Microsoft Online Services page, with the same tenant as Office 365.',
 false, 'ACTION_PACK'),
('331b77b5-fea0-41d3-9fef-803171db0627', 'Dynamics CRM Online Professional', 'Business applications', 'ONLINE_SERVICE',
 '{English,French,German,Japanese,Spanish}', '{Web browser}',
 'A current version of Edge, Chrome, Firefox or Safari',
 'Activate on the Microsoft Online Services page; assign licenses in the Office 365 admin center.',
 false, 'ACTION_PACK'),
('279d2138-7688-4c4b-a99b-2617a59a933d', 'Microsoft Azure monthly credit', 'Cloud services', 'ONLINE_SERVICE',
 '{English}', '{Web browser}',
 'A current version of Edge, Chrome, Firefox or Safari',
 'Activate the credit on the Microsoft Online Services page; unused credit does not carry over.',
 false, 'ACTION_PACK');

-- R-SW-1: one product key per organization and product, made on first view and kept, so the key a
-- partner installed with is the key they see next time.
create table product_key (
    organization_id  uuid        not null references organization (id),
    product_id       uuid        not null references software_product (id),
    key_value        varchar(29) not null,
    issued_at        timestamptz not null,
    primary key (organization_id, product_id)
);
