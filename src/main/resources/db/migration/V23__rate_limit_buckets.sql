-- Issue 14: the token buckets of the public endpoints' rate limits (security/RateLimitBuckets), in the database
-- so that every node of a cluster counts against the same bucket. Bucket4j's own layout: the bucket's state
-- as bytes, and when it is full again (epoch milliseconds), after which it is pruned.
create table rate_limit_bucket (
  id         varchar(400) primary key,
  state      bytea,
  expires_at bigint
);
create index rate_limit_bucket_expires_idx on rate_limit_bucket (expires_at);
