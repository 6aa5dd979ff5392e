package org.pmc.platform;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A PostgreSQL server and an SMTP server owned by a test, standing in for an operator's own, for tests that
 * start the application themselves the way production runs it (with {@code spring.datasource.url} set).
 */
final class OutsideServices implements AutoCloseable {

  private final EmbeddedPostgres postgres;
  private final GreenMail mailServer;

  private OutsideServices(EmbeddedPostgres postgres, GreenMail mailServer) {
    this.postgres = postgres;
    this.mailServer = mailServer;
  }

  static OutsideServices start(String name) throws IOException {
    Path data = Files.createTempDirectory(Files.createDirectories(Path.of("target")).toAbsolutePath(), "pg-" + name);
    EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(true)
        .setRegisterShutdownHook(false)
        .setOverrideWorkingDirectory(Files.createDirectories(data.getParent().resolve(".pg-binaries")).toFile())
        .setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off").start();
    GreenMail mailServer = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    mailServer.start();
    return new OutsideServices(postgres, mailServer);
  }

  /** The application's command-line arguments that point it at these servers. */
  List<String> arguments() {
    return List.of("--spring.datasource.url=" + jdbcUrl(), "--spring.datasource.username=postgres",
        "--spring.datasource.password=postgres", "--spring.mail.host=127.0.0.1",
        "--spring.mail.port=" + mailServer.getSmtp().getPort());
  }

  String jdbcUrl() {
    return postgres.getJdbcUrl("postgres", "postgres");
  }

  GreenMail mailServer() {
    return mailServer;
  }

  @Override
  public void close() throws IOException {
    mailServer.stop();
    postgres.close();
  }
}
