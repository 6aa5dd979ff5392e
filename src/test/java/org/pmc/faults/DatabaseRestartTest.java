package org.pmc.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.pmc.Http;
import org.pmc.SignUp;
import org.pmc.web.ProblemType;

/**
 * The database server restarts under the running app (same port, same data directory): requests in the gap
 * answer 503 (problem+json on the API, the error page on the portal) and change nothing; afterwards the
 * connection pool reconnects by itself. The app runs in its own JVM (a second Spring context with its own
 * engine cannot share the test JVM with the cached one); the pool waits 2 s for a connection, not 30.
 */
// It starts the application itself, which alone may take 10 minutes on a loaded machine (AppProcess.START_UP).
@Timeout(value = 30, unit = TimeUnit.MINUTES)
class DatabaseRestartTest {

  static final String PASSWORD = "a-long-password";

  Path dataDir;
  EmbeddedPostgres database;

  @Test
  @DisplayName("Database restarted: 503 problem+json and an error page in the gap, nothing half-written, then recovery")
  void requestsInTheGapGet503AndTheAppRecovers() throws Exception {
    dataDir = Files.createTempDirectory(Files.createDirectories(Path.of("target")).toAbsolutePath(), "pg-restart-");
    database = server(0);
    GreenMail smtp = new GreenMail(new ServerSetup(AppProcess.freePort(), "127.0.0.1", "smtp"));
    smtp.start();
    int port = AppProcess.freePort();
    List<String> arguments = new ArrayList<>(AppProcess.against(database.getPort(), smtp.getSmtp().getPort(), port));
    arguments.add("--spring.datasource.hikari.connection-timeout=2000");
    AppProcess app = AppProcess.start("database-restart", port, arguments);
    try {
      app.awaitHealthy();
      SignUp signUp = new SignUp(port, smtp);
      String organization = signUp.register("Restart Ltd", "NL", "Rita", "Restart", "rita@restart.example",
          PASSWORD).get("id").asText();
      String path = "/api/organizations/" + organization;
      Http admin = new Http(port).as("rita@restart.example", PASSWORD);
      Http portal = new Http(port).signIn("rita@restart.example", PASSWORD);
      assertThat(admin.get(path).status()).isEqualTo(200);

      int databasePort = database.getPort();
      database.close();
      Http.Response read;
      Http.Response registration;
      Http.Response unverifiable;
      Http.Response page;
      try {
        read = admin.get(path);
        registration = register(port, "gap@restart.example");
        unverifiable = new Http(port).as("someone@restart.example", "some-password").get(path);
        page = portal.get("/portal/people");
      } finally {
        database = server(databasePort);
      }

      for (Http.Response during : List.of(read, registration, unverifiable)) {
        assertThat(during.status()).as(during.body()).isEqualTo(503);
        assertThat(during.header("Content-Type")).contains("application/problem+json");
        assertThat(during.problemType()).contains(ProblemType.UNAVAILABLE);
        assertThat(during.header("Retry-After")).isNotBlank();
      }
      assertThat(page.status()).isEqualTo(503);
      assertThat(page.page().text()).contains("briefly unavailable");

      Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
      while (admin.get(path).status() != 200 && Instant.now().isBefore(deadline)) {
        Thread.sleep(200);
      }
      assertThat(admin.get(path).status()).isEqualTo(200);
      assertThat(portal.get("/portal/people").status()).isEqualTo(200);
      // The registration refused in the gap left nothing behind: the same admin address registers now.
      assertThat(signUp.register("Restart Ltd", "NL", "Gap", "Restart", "gap@restart.example", PASSWORD)
          .get("name").asText()).isEqualTo("Restart Ltd");
    } finally {
      app.stop();
      smtp.stop();
      database.close();
    }
  }

  private static Http.Response register(int port, String email) {
    return new Http(port).post("/api/organizations", """
        {"name": "Restart Ltd", "country": "NL", "admin": {"firstName": "Rita", "lastName": "Restart",
         "email": "%s", "password": "%s"}}""".formatted(email, PASSWORD));
  }

  private EmbeddedPostgres server(int port) throws IOException {
    return EmbeddedPostgres.builder()
        .setPort(port)
        .setDataDirectory(dataDir)
        .setCleanDataDirectory(false)
        .setOverrideWorkingDirectory(Files.createDirectories(dataDir.getParent().resolve(".pg-binaries")).toFile())
        .setServerConfig("synchronous_commit", "off")
        .start();
  }
}
