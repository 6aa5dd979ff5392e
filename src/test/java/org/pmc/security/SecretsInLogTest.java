package org.pmc.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Secrets come from configuration only and never show in the log: the application is started as a process
 * of its own (as an operator would) with marker values for the secrets and everything at INFO, and its
 * start-up log, read to the line saying it started, must not contain them. A process of its own, since a
 * second Spring context in the test JVM would collide with the first one's Camunda registrations.
 */
class SecretsInLogTest {

  private static final String WEBHOOK_SECRET = "whsec-sentinel-4f1c0d";
  private static final String LINK_SECRET = "link-sentinel-9a7e21";
  private static final String PREVIOUS_LINK_SECRET = "previous-link-sentinel-3b8d54";

  @Test
  void theStartUpLogShowsNeitherSecret() throws Exception {
    Process app = new ProcessBuilder(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "org.pmc.PmcApplication",
        "--spring.profiles.active=test", "--server.port=0", "--logging.level.root=INFO",
        "--logging.level.org.pmc=DEBUG", "--pmc.payments.webhook-secret=" + WEBHOOK_SECRET,
        "--pmc.link-secret=" + LINK_SECRET, "--pmc.link-secret-previous=" + PREVIOUS_LINK_SECRET))
        .redirectErrorStream(true).start();
    try {
      String log = CompletableFuture.supplyAsync(() -> readUntilStarted(app)).get(5, TimeUnit.MINUTES);
      assertThat(log).as("the application started").contains("Started PmcApplication");
      assertThat(log).doesNotContain(WEBHOOK_SECRET).doesNotContain(LINK_SECRET).doesNotContain(PREVIOUS_LINK_SECRET);
    } finally {
      app.destroy();
      if (!app.waitFor(60, TimeUnit.SECONDS)) {
        app.destroyForcibly();
      }
    }
  }

  private static String readUntilStarted(Process app) {
    StringBuilder log = new StringBuilder();
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(app.getInputStream(),
        StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        log.append(line).append('\n');
        if (line.contains("Started PmcApplication") || line.contains("APPLICATION FAILED TO START")) {
          break;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the application's output", e);
    }
    return log.toString();
  }
}
