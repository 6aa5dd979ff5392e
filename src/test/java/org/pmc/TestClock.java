package org.pmc;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in every test context: a {@link MovableClock}, the real time until a test moves it (and
 * a test that moves it moves it back, since the context is shared).
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClock {

  @Bean
  @Primary
  MovableClock movableClock() {
    return new MovableClock();
  }
}
