-- R-REV-3: the impact computed again when an approved review is carried out, as JSON, next to the one the partner
-- saw when they asked.
alter table review add column executed_impact text;
