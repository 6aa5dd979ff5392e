package org.pmc.requests.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;

/** Every step and next event a model names has its words in the bundles, so Requests never falls back to English. */
class ProcessWordsTest {

  private static final Pattern WAIT_WORDS = Pattern.compile("name=\"request\\.(step|next)\" value=\"([^\"]*)\"");

  @Test
  @DisplayName("each request.step and request.next of every BPMN model has a text in i18n/portal")
  void everyWaitHasWords() throws IOException {
    Properties texts = new Properties();
    try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/i18n/portal.properties"),
        StandardCharsets.UTF_8)) {
      texts.load(reader);
    }
    Set<String> missing = new TreeSet<>();
    try (Stream<Path> models = Files.list(Path.of("bpmn"))) {
      for (Path model : models.filter(path -> path.toString().endsWith(".bpmn")).toList()) {
        Matcher words = WAIT_WORDS.matcher(Files.readString(model));
        while (words.find()) {
          String key = "requests." + words.group(1) + "." + ProcessWords.key(HtmlUtils.htmlUnescape(words.group(2)));
          if (!texts.containsKey(key)) {
            missing.add(model.getFileName() + ": " + key);
          }
        }
      }
    }
    assertThat(missing).isEmpty();
  }
}
