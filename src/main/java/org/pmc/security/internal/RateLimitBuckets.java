package org.pmc.security.internal;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.pmc.security.internal.RateLimitProperties.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Issue 14: the rate limits' token buckets live in PostgreSQL (table {@code rate_limit_bucket}), so all nodes
 * of a cluster draw from the same bucket and n nodes no longer allow n times the limit. One row per limit and
 * client; each take is one short transaction that locks the row ({@code select … for update}). A bucket's row
 * goes once the bucket has filled up again (it then holds nothing a new bucket would not). Refills follow the
 * application's clock, like every other time rule.
 */
@Component
public class RateLimitBuckets {

  private static final int PRUNE_BATCH = 1_000;

  private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

  public RateLimitBuckets(DataSource dataSource, Clock clock) {
    this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
        .primaryKeyMapper(PrimaryKeyMapper.STRING)
        .clientClock(new ClockTime(clock))
        .table("rate_limit_bucket")
        .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
        .build();
  }

  /**
   * Takes one token from the bucket of this limit and client. The key names the limit's size too, so that a
   * changed limit starts fresh buckets instead of going on with the old size.
   */
  ConsumptionProbe take(String limitName, Limit limit, String client) {
    String key = limitName + "|" + limit.requests() + "/" + limit.per() + "|" + client;
    return buckets.builder().build(key, () -> configuration(limit)).tryConsumeAndReturnRemaining(1);
  }

  /** Hourly, in bounded batches; harmless on every node at once (rows are skipped when locked). */
  @Scheduled(fixedDelay = 1, initialDelay = 1, timeUnit = TimeUnit.HOURS)
  public int prune() {
    int pruned = 0;
    int batch;
    do {
      batch = buckets.removeExpired(PRUNE_BATCH);
      pruned += batch;
    } while (batch == PRUNE_BATCH);
    return pruned;
  }

  private static BucketConfiguration configuration(Limit limit) {
    return BucketConfiguration.builder()
        .addLimit(Bandwidth.builder().capacity(limit.requests()).refillGreedy(limit.requests(), limit.per()).build())
        .build();
  }

  /** The application's clock as Bucket4j reads time. */
  private record ClockTime(Clock clock) implements TimeMeter {

    @Override
    public long currentTimeNanos() {
      Instant now = clock.instant();
      return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    @Override
    public boolean isWallClockBased() {
      return true;
    }
  }
}
