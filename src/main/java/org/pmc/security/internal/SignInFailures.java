package org.pmc.security.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.pmc.security.internal.SignInThrottleProperties.Limit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The counts of failed sign-ins (issue 13), in table {@code sign_in_failure} so that all nodes share them
 * (architecture.md, "Scale"). Fixed windows: a key's window opens at its first failure and lasts its limit's
 * window; a failure after it opens the next one. Each statement is atomic on its own; between the check and the
 * count a few attempts sent at the very same moment may pass the limit by as many as were sent at once.
 */
@Component
public class SignInFailures {

  private final JdbcClient jdbc;
  private final SignInThrottleProperties properties;
  private final Clock clock;

  SignInFailures(JdbcClient jdbc, SignInThrottleProperties properties, Clock clock) {
    this.jdbc = jdbc;
    this.properties = properties;
    this.clock = clock;
  }

  /** Until when these keys are refused: the latest end of a window in which a key has used up its limit. */
  Optional<Instant> refusedUntil(List<Key> keys) {
    Instant now = clock.instant();
    Map<String, Limit> limits = keys.stream().collect(Collectors.toMap(Key::name, Key::limit, (a, b) -> a));
    return jdbc.sql("select throttle_key, window_start, failures from sign_in_failure where throttle_key in (:keys)")
        .param("keys", limits.keySet())
        .query((row, n) -> {
          Limit limit = limits.get(row.getString("throttle_key"));
          Instant end = row.getObject("window_start", OffsetDateTime.class).toInstant().plus(limit.window());
          return row.getInt("failures") >= limit.failures() && end.isAfter(now) ? end : null;
        })
        .list().stream().filter(Objects::nonNull).max(Comparator.naturalOrder());
  }

  /** Counts one failure on each key; answers the keys this failure brought to their limit. */
  List<Key> record(List<Key> keys) {
    return keys.stream().filter(key -> count(key) == key.limit().failures()).toList();
  }

  private int count(Key key) {
    Instant now = clock.instant();
    return jdbc.sql("""
        insert into sign_in_failure (throttle_key, window_start, failures) values (:key, :now, 1)
        on conflict (throttle_key) do update set
          window_start = case when sign_in_failure.window_start > :opened then sign_in_failure.window_start
                              else excluded.window_start end,
          failures = case when sign_in_failure.window_start > :opened then sign_in_failure.failures + 1 else 1 end
        returning failures""")
        .param("key", key.name())
        .param("now", utc(now))
        .param("opened", utc(now.minus(key.limit().window())))
        .query(Integer.class).single();
  }

  /**
   * Program staff unlock an account: its failed sign-ins are forgotten, so it may sign in again at once
   * (the client address's own count stays: it may be a guesser's). Answers whether any were counted.
   */
  public boolean forgetAccount(String account) {
    return jdbc.sql("delete from sign_in_failure where throttle_key = :key")
        .param("key", Key.account(SignInAttempt.normalized(account), null).name())
        .update() > 0;
  }

  /** Keeps the table small: a row whose window has passed counts for nothing. Idempotent on every node. */
  @Scheduled(fixedDelay = 5, initialDelay = 5, timeUnit = TimeUnit.MINUTES)
  public void prune() {
    jdbc.sql("delete from sign_in_failure where window_start <= :oldest")
        .param("oldest", utc(clock.instant().minus(properties.longestWindow())))
        .update();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  /** A counter: {@code address:<ip>} or {@code account:<name>}, and the limit it has. */
  record Key(String name, Limit limit) {

    static Key address(String address, Limit limit) {
      return new Key("address:" + address, limit);
    }

    static Key account(String account, Limit limit) {
      return new Key("account:" + account, limit);
    }
  }
}
