-- R-COMP-3: an answer re-evaluates only its location; these serve the evidence counts of one location.
create index customer_reference_evidence_idx on customer_reference (location_id, status, competency, expires_at);
create index mcp_association_location_idx on mcp_association (location_id, status);
