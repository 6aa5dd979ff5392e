package org.pmc.faults;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.pmc.Http;

/**
 * The application in a JVM of its own, started from the test classpath (without the test classes) against a
 * database and an SMTP server the test owns, with the job executor on, as in production. {@link #kill()} is
 * {@code kill -9}: no shutdown hook, no transaction gets to finish.
 */
public final class AppProcess {

  /** Start-up takes 20 s on an idle machine; several minutes while other builds load both cores. */
  static final Duration START_UP = Duration.ofMinutes(10);

  private final Process process;
  private final int port;
  private final Path log;

  private AppProcess(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /**
   * The arguments that point the app at the test's database and SMTP server, with demo data off and no rate
   * limits: the test is one client address answering hundreds of customer links a minute. Demo mode, since
   * its links point at localhost and its secrets are the test's own; the Camunda admin has the tests' password
   * (Http.asCamundaAdmin).
   */
  static List<String> against(int databasePort, int smtpPort, int port) {
    return List.of("--pmc.mode=demo", "--spring.datasource.url=jdbc:postgresql://localhost:" + databasePort + "/postgres",
        "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
        "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort,
        "--pmc.public-url=http://localhost:" + port, "--pmc.demo-data=false", "--pmc.rate-limits.enabled=false",
        "--pmc.admin.password=" + Http.CAMUNDA_ADMIN_PASSWORD,
        "--logging.level.root=WARN", "--logging.level.org.pmc=INFO");
  }

  public static AppProcess start(String name, int port, List<String> arguments) throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-XX:+UseSerialGC", "-cp", applicationClasspath(), "org.pmc.PmcApplication",
        "--server.port=" + port));
    command.addAll(arguments);
    File log = logOf(name).toFile();
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.to(log)).start();
    return new AppProcess(process, port, log.toPath());
  }

  /** The exit code once the process has ended by itself within the time given. */
  public int awaitExit(Duration within) throws InterruptedException {
    if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("The app was still running after " + within + "; see " + log);
    }
    return process.exitValue();
  }

  /** Everything the process wrote to standard output and error. */
  public String output() throws IOException {
    return Files.readString(log);
  }

  private static Path logOf(String name) {
    return Path.of("target", "crash-" + name + ".log");
  }

  /** Waits for {@code /actuator/health} to answer UP (database, SMTP and engine ready). */
  void awaitHealthy() throws InterruptedException {
    HttpClient client = HttpClient.newHttpClient();
    HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
        .timeout(Duration.ofSeconds(5)).build();
    Instant deadline = Instant.now().plus(START_UP);
    IOException unanswered = null;
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The app exited with " + process.exitValue() + "; see target/crash-*.log");
      }
      try {
        HttpResponse<String> answer = client.send(health, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 200 && answer.body().contains("\"UP\"")) {
          return;
        }
      } catch (IOException notYet) {
        unanswered = notYet; // still starting
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("The app was not healthy within " + START_UP + "; see " + log, unanswered);
  }

  /** SIGKILL, and wait until the process is gone. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  public static int freePort() throws IOException {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  void stop() throws InterruptedException {
    process.destroy();
    process.waitFor();
  }

  /** Surefire's test classpath without the test classes, which would add test beans to the app. */
  private static String applicationClasspath() {
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    return Arrays.stream(classpath.split(File.pathSeparator))
        .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes" + File.separator))
        .collect(Collectors.joining(File.pathSeparator));
  }
}
