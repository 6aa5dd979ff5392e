package org.pmc.platform.internal;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL server (zonky's binaries from Maven Central) when no external database is
 * configured, so that {@code ./mvnw spring-boot:run} and the tests need nothing but a JDK.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
public class EmbeddedDatabaseConfiguration {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
    Path dataDir = properties.ephemeral()
        ? Files.createTempDirectory(Files.createDirectories(Path.of("target")).toAbsolutePath(), "pg-")
        : Files.createDirectories(properties.embeddedDir().toAbsolutePath());
    String durability = properties.durable() ? "on" : "off";
    EmbeddedPostgres postgres = EmbeddedPostgres.builder()
        .setDataDirectory(dataDir)
        .setCleanDataDirectory(properties.ephemeral())
        // zonky's own hook would stop the server while Camunda still needs it: Spring closes it.
        .setRegisterShutdownHook(false)
        .setOverrideWorkingDirectory(Files.createDirectories(dataDir.getParent().resolve(".pg-binaries")).toFile())
        .setServerConfig("fsync", durability)
        .setServerConfig("synchronous_commit", durability)
        .setServerConfig("max_connections", "100")
        .start();
    log.info("Embedded PostgreSQL started on port {} with data in {} (durable: {})",
        postgres.getPort(), dataDir, properties.durable());
    return postgres;
  }

  /** A Hikari pool on the embedded server; {@code spring.datasource.hikari.*} still applies. */
  @Bean
  @ConfigurationProperties("spring.datasource.hikari")
  HikariDataSource dataSource(EmbeddedPostgres postgres) {
    HikariDataSource dataSource = DataSourceBuilder.create()
        .type(HikariDataSource.class)
        .driverClassName("org.postgresql.Driver")
        .url(postgres.getJdbcUrl("postgres", "postgres"))
        .username("postgres")
        .password("postgres")
        .build();
    dataSource.setPoolName("pmc");
    return dataSource;
  }
}
