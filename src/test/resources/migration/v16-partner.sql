-- A partner as a database of schema version 16 holds it (SchemaUpgradeTest): an organization with its HQ and a
-- branch, people with roles, contacts and privileges, a customer reference, an MCP with a certification, a
-- competency, a paid and fulfilled ABTK order with its invoice, payment and shipment, and a sent mail.
insert into organization (id, name, membership_level, anniversary_date, created_at)
values ('00000000-0000-0000-0000-0000000000a1', 'Fabrikam', 'SILVER', '2027-03-01', '2025-03-01T09:00:00Z');

insert into location (id, organization_id, parent_id, name, country, currency, status, created_at) values
    ('00000000-0000-0000-0000-0000000000b1', '00000000-0000-0000-0000-0000000000a1', null,
     'Fabrikam HQ', 'DE', 'EUR', 'ACTIVE', '2025-03-01T09:00:00Z'),
    ('00000000-0000-0000-0000-0000000000b2', '00000000-0000-0000-0000-0000000000a1',
     '00000000-0000-0000-0000-0000000000b1', 'Fabrikam Berlin', 'DE', 'EUR', 'ACTIVE', '2025-04-01T09:00:00Z');
update organization set hq_location_id = '00000000-0000-0000-0000-0000000000b1'
where id = '00000000-0000-0000-0000-0000000000a1';

insert into individual (id, organization_id, location_id, first_name, last_name, email, status, invite_method,
                        invited_at, role, password_hash, created_at, invitation_sent_at, profile_completed_at) values
    ('00000000-0000-0000-0000-0000000000c1', '00000000-0000-0000-0000-0000000000a1',
     '00000000-0000-0000-0000-0000000000b1', 'Ann', 'Lee', 'ann@fabrikam.example', 'ASSOCIATED', null, null,
     'GLOBAL_ADMIN', '$2a$10$7EqJtq98hPqEX7fNZaFWoOhi5BWX4Z3ZsDHbZ9WRx0W3e3rP1S/GS', '2025-03-01T09:00:00Z',
     null, '2025-03-01T09:00:00Z'),
    ('00000000-0000-0000-0000-0000000000c2', '00000000-0000-0000-0000-0000000000a1',
     '00000000-0000-0000-0000-0000000000b2', 'Ben', 'Berg', 'ben@fabrikam.example', 'ASSOCIATED', 'SINGLE_INVITE',
     '2025-04-02T10:00:00Z', 'LOCATION_ADMIN', '$2a$10$7EqJtq98hPqEX7fNZaFWoOhi5BWX4Z3ZsDHbZ9WRx0W3e3rP1S/GS',
     '2025-04-02T10:00:00Z', '2025-04-02T10:00:05Z', '2025-04-03T08:00:00Z'),
    ('00000000-0000-0000-0000-0000000000c3', '00000000-0000-0000-0000-0000000000a1',
     '00000000-0000-0000-0000-0000000000b2', null, null, 'cleo@fabrikam.example', 'AWAITING_PROFILE',
     'MULTIPLE_INVITE', '2025-05-01T10:00:00Z', 'MEMBER', null, '2025-05-01T10:00:00Z', '2025-05-01T10:01:00Z',
     null);

insert into location_contact (location_id, role, individual_id) values
    ('00000000-0000-0000-0000-0000000000b1', 'PRIMARY', '00000000-0000-0000-0000-0000000000c1'),
    ('00000000-0000-0000-0000-0000000000b2', 'TECHNICAL', '00000000-0000-0000-0000-0000000000c2');
insert into privilege_grant (organization_id, location_id, individual_id, privilege, granted_at) values
    ('00000000-0000-0000-0000-0000000000a1', '00000000-0000-0000-0000-0000000000b2',
     '00000000-0000-0000-0000-0000000000c2', 'PRODUCT_KEYS', '2025-04-03T08:00:00Z');
insert into admin_location (individual_id, location_id)
values ('00000000-0000-0000-0000-0000000000c2', '00000000-0000-0000-0000-0000000000b2');

insert into customer_reference (id, organization_id, location_id, competency, customer_company, contact_name,
                                contact_email, description, status, created_by, created_at, request_expires_at,
                                answer, answered_at, approved_at, expires_at) values
    ('00000000-0000-0000-0000-0000000000d1', '00000000-0000-0000-0000-0000000000a1',
     '00000000-0000-0000-0000-0000000000b2', 'DATACENTER', 'Northwind', 'Nina North', 'nina@northwind.example',
     'Moved 40 servers', 'APPROVED', '00000000-0000-0000-0000-0000000000c1', '2025-06-01T09:00:00Z',
     '2025-07-01T09:00:00Z', 'CONFIRM', '2025-06-02T09:00:00Z', '2025-06-02T09:00:00Z', '2027-06-02T09:00:00Z');

insert into professional (mcp_id, first_name, last_name, email)
values ('MCP-1001', 'Max', 'Moser', 'max@fabrikam.example');
insert into professional_certification (mcp_id, certification_code, earned_on)
values ('MCP-1001', 'MCSA_WINDOWS_SERVER_2016', '2024-11-20');
insert into mcp_association (id, organization_id, location_id, mcp_id, status, invited_at, associated_at)
values ('00000000-0000-0000-0000-0000000000e1', '00000000-0000-0000-0000-0000000000a1',
        '00000000-0000-0000-0000-0000000000b2', 'MCP-1001', 'ASSOCIATED', '2025-06-10T09:00:00Z',
        '2025-06-11T09:00:00Z');

insert into location_competency (location_id, organization_id, competency, level, status, earned_at, updated_at)
values ('00000000-0000-0000-0000-0000000000b2', '00000000-0000-0000-0000-0000000000a1', 'DATACENTER', 'SILVER',
        'ACTIVE_EARNED', '2025-06-11T09:00:00Z', '2025-06-11T09:00:00Z');

insert into abtk_order (id, organization_id, location_id, level, kind, status, price_amount, price_currency,
                        program_year_end, created_at)
values ('00000000-0000-0000-0000-0000000000f1', '00000000-0000-0000-0000-0000000000a1',
        '00000000-0000-0000-0000-0000000000b2', 'SILVER', 'ORDER', 'FULFILLED', 1536.40, 'EUR', '2027-03-01',
        '2025-07-01T09:00:00Z');
insert into abtk_order_competency (order_id, competency)
values ('00000000-0000-0000-0000-0000000000f1', 'DATACENTER');
insert into invoice (id, organization_id, order_id, amount, currency, status, due_date, paid_at, payment_reference,
                     created_at, order_type, description)
values ('00000000-0000-0000-0000-0000000000f2', '00000000-0000-0000-0000-0000000000a1',
        '00000000-0000-0000-0000-0000000000f1', 1536.40, 'EUR', 'PAID', '2025-07-31', '2025-07-10T12:00:00Z',
        'PAY-1', '2025-07-01T09:00:00Z', 'ABTK', 'SILVER ABTK for Fabrikam Berlin');
insert into payment (id, invoice_id, organization_id, amount, currency, payment_reference, channel, status,
                     received_at)
values ('00000000-0000-0000-0000-0000000000f3', '00000000-0000-0000-0000-0000000000f2',
        '00000000-0000-0000-0000-0000000000a1', 1536.40, 'EUR', 'PAY-1', 'PROVIDER', 'APPLIED',
        '2025-07-10T12:00:00Z');
insert into shipment (id, organization_id, location_id, order_id, kind, items, status, created_at)
values ('00000000-0000-0000-0000-0000000000f4', '00000000-0000-0000-0000-0000000000a1',
        '00000000-0000-0000-0000-0000000000b2', '00000000-0000-0000-0000-0000000000f1', 'WELCOME_KIT',
        'Welcome Kit', 'PENDING', '2025-07-10T12:01:00Z');

insert into sent_mail (id, sent_at) values ('job-1:reference-request', '2025-06-01T09:00:05Z');
