package org.pmc.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every text of the portal, the link pages and the mails is in every language: each bundle of
 * {@code spring.messages.basename} has a file per supported language with the same keys and the same {0}, {1}...
 * as the English one, and every key a template names exists.
 */
class MessageBundlesTest {

  private static final Path RESOURCES = Path.of("src/main/resources");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
  /** {@code #{people.title}} or {@code #{list.pageOf(${a}, ${b})}}: a key written out in a template. */
  private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.-]*)[}(]");

  @Test
  @DisplayName("every bundle has every key in every language, with the same placeholders")
  void everyLanguageHasEveryKey() throws IOException {
    for (String basename : basenames()) {
      Properties english = bundle(basename, Languages.DEFAULT);
      for (Locale language : Languages.SUPPORTED.subList(1, Languages.SUPPORTED.size())) {
        Properties translated = bundle(basename, language);
        assertThat(translated.stringPropertyNames()).as("keys of %s in %s", basename, language)
            .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        english.stringPropertyNames().forEach(key -> assertThat(placeholders(translated.getProperty(key)))
            .as("placeholders of %s in %s_%s", key, basename, language)
            .isEqualTo(placeholders(english.getProperty(key))));
      }
    }
  }

  /** A key lives in one bundle: Spring would show the first bundle's text and the other's would never be read. */
  @Test
  @DisplayName("no key is written in two bundles")
  void everyKeyInOneBundle() throws IOException {
    Map<String, Set<String>> bundlesOfKey = new TreeMap<>();
    for (String basename : basenames()) {
      bundle(basename, Languages.DEFAULT).stringPropertyNames()
          .forEach(key -> bundlesOfKey.computeIfAbsent(key, k -> new TreeSet<>()).add(basename));
    }
    assertThat(bundlesOfKey).as("keys in more than one bundle").allSatisfy((key, bundles) -> assertThat(bundles)
        .as(key).hasSize(1));
  }

  /**
   * Spring formats a text with MessageFormat only when it has arguments: there a quote is written twice
   * ({@code l''invitation}), and a single one would hide the {0} after it; elsewhere a quote is just a quote.
   */
  @Test
  @DisplayName("quotes are doubled exactly in the texts with {0}, {1}...")
  void quotesFitTheFormat() throws IOException {
    Map<String, String> wrong = new TreeMap<>();
    for (String basename : basenames()) {
      for (Locale language : Languages.SUPPORTED) {
        Properties texts = bundle(basename, language);
        texts.stringPropertyNames().forEach(key -> {
          String text = texts.getProperty(key);
          boolean formatted = !placeholders(text).isEmpty();
          String quotes = text.replace("''", "");
          if (formatted ? quotes.contains("'") : text.contains("''")) {
            wrong.put(basename + "_" + language + " " + key, text);
          }
        });
      }
    }
    assertThat(wrong).as("texts whose quotes MessageFormat would misread").isEmpty();
  }

  @Test
  @DisplayName("every key a page or a mail names has a text")
  void everyTemplateKeyExists() throws IOException {
    Set<String> known = new TreeSet<>();
    for (String basename : basenames()) {
      known.addAll(bundle(basename, Languages.DEFAULT).stringPropertyNames());
    }
    Map<String, Set<String>> missing = new TreeMap<>();
    try (Stream<Path> templates = Files.walk(RESOURCES.resolve("templates"))) {
      for (Path template : templates.filter(Files::isRegularFile).toList()) {
        Matcher key = TEMPLATE_KEY.matcher(Files.readString(template));
        while (key.find()) {
          if (!known.contains(key.group(1))) {
            missing.computeIfAbsent(RESOURCES.relativize(template).toString(), t -> new TreeSet<>()).add(key.group(1));
          }
        }
      }
    }
    assertThat(missing).as("keys named in templates without a text").isEmpty();
  }

  private static Set<String> basenames() throws IOException {
    String configured = Files.readAllLines(RESOURCES.resolve("application.yml")).stream()
        .map(String::trim).filter(line -> line.startsWith("basename:")).findFirst().orElseThrow()
        .substring("basename:".length()).trim();
    return Set.of(configured.split(","));
  }

  private static Properties bundle(String basename, Locale language) throws IOException {
    String suffix = language.equals(Languages.DEFAULT) ? "" : "_" + language.getLanguage();
    Path file = RESOURCES.resolve(basename + suffix + ".properties");
    assertThat(file).as("bundle file").exists();
    Properties properties = new Properties() {
      @Override
      public synchronized Object put(Object key, Object value) {
        // A key written twice in one file: the first text would silently never be read.
        assertThat(containsKey(key)).as("%s written twice in %s", key, file).isFalse();
        return super.put(key, value);
      }
    };
    try (Reader reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }

  private static Set<String> placeholders(String text) {
    return PLACEHOLDER.matcher(text).results().map(match -> match.group(1)).collect(Collectors.toSet());
  }
}
