package org.pmc.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * An applied migration is never edited (Flyway would refuse to start on a database that ran the old text): each
 * migration's SHA-256, line endings normalized, must equal the one recorded in {@code migration-checksums.txt}. A new
 * migration is recorded there in the same change.
 */
class MigrationChecksumsTest {

  private static final Path MIGRATIONS = Path.of("src", "main", "resources", "db", "migration");
  private static final Path RECORDED = Path.of("src", "test", "resources", "migration-checksums.txt");

  @Test
  @DisplayName("Every migration file is byte for byte the one recorded: applied migrations are never edited")
  void everyMigrationMatchesItsRecordedChecksum() throws IOException {
    Map<String, String> actual = checksums();

    assertThat(actual).as("""
        A migration differs from %s. Never edit an applied migration; add a new one. A new migration is recorded \
        with its line:
        %s""".formatted(RECORDED, lines(actual))).isEqualTo(recorded());
  }

  private static Map<String, String> checksums() throws IOException {
    try (Stream<Path> files = Files.list(MIGRATIONS)) {
      return files.collect(Collectors.toMap(file -> file.getFileName().toString(), MigrationChecksumsTest::sha256,
          (a, b) -> a, TreeMap::new));
    }
  }

  private static Map<String, String> recorded() throws IOException {
    try (Stream<String> lines = Files.lines(RECORDED)) {
      return lines.filter(line -> !line.isBlank() && !line.startsWith("#")).map(line -> line.split("\\s+"))
          .collect(Collectors.toMap(parts -> parts[0], parts -> parts[1], (a, b) -> a, TreeMap::new));
    }
  }

  private static String lines(Map<String, String> checksums) {
    return checksums.entrySet().stream().map(entry -> entry.getKey() + " " + entry.getValue())
        .collect(Collectors.joining("\n"));
  }

  /** Of the text with \n line endings, so that a checkout with CRLF line endings still matches. */
  private static String sha256(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (IOException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("Cannot read " + file, e);
    }
  }
}
