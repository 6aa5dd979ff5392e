-- Failed sign-ins per client address and per account (issue 13, security/SignInThrottle): one row per key
-- ('address:<ip>' or 'account:<name>'), counting the failures of the window that began at its first failure.
-- In the database, not in memory, so every node of a cluster sees the same counts (architecture.md, "Scale").
-- Rows whose window has passed are pruned (SignInFailures.prune), so the table stays small.
create table sign_in_failure (
  throttle_key varchar(300) primary key,
  window_start timestamptz  not null,
  failures     integer      not null
);
create index sign_in_failure_window_idx on sign_in_failure (window_start);
