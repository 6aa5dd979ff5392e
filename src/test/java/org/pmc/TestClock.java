package org.pmc;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in every test context: a {@link MovableClock}, so that a test moves time without a
 * context of its own (a second context starts a second Camunda engine). A test that advances it moves it back
 * when done: the context is shared.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClock {

  @Bean
  @Primary
  MovableClock movableClock() {
    return new MovableClock();
  }
}
