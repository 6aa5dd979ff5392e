package org.pmc.platform.internal;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded PostgreSQL that runs when no {@code spring.datasource.url} is given.
 *
 * @param embeddedDir where the server keeps its data between runs
 * @param ephemeral   start from an empty, throw-away data directory (tests)
 * @param durable     fsync and synchronous commit on: the default run keeps real data
 */
@ConfigurationProperties("pmc.database")
public record EmbeddedDatabaseProperties(Path embeddedDir, boolean ephemeral, boolean durable) {

  public EmbeddedDatabaseProperties {
    if (embeddedDir == null) {
      embeddedDir = Path.of("data", "postgres");
    }
  }
}
