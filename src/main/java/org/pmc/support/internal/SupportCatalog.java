package org.pmc.support.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pmc.web.InvalidField;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Categories, topics and issues with their self-help articles (R-SUP-2), read from the seed data of
 * {@code V7__support.sql}. Reference data only: nothing here changes at run time.
 */
@Component
public class SupportCatalog {

  public record Article(String title, String url) {}

  public record Issue(String code, String title, List<Article> articles) {}

  public record Topic(String code, String title, List<Issue> issues) {}

  public record Category(String code, String title, List<Topic> topics) {}

  private final JdbcClient jdbc;

  SupportCatalog(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The whole tree, in the order the guide lists it. */
  public List<Category> categories() {
    Map<String, List<Article>> articles = new LinkedHashMap<>();
    jdbc.sql("""
        select category_code, topic_code, issue_code, title, url from support_article
        order by category_code, topic_code, issue_code, position""")
        .query(rs -> {
          articles.computeIfAbsent(key(rs.getString(1), rs.getString(2), rs.getString(3)),
              k -> new java.util.ArrayList<>()).add(new Article(rs.getString(4), rs.getString(5)));
        });
    Map<String, List<Issue>> issues = new LinkedHashMap<>();
    jdbc.sql("select category_code, topic_code, code, title from support_issue order by position")
        .query(rs -> {
          issues.computeIfAbsent(key(rs.getString(1), rs.getString(2)), k -> new java.util.ArrayList<>())
              .add(new Issue(rs.getString(3), rs.getString(4),
                  articles.getOrDefault(key(rs.getString(1), rs.getString(2), rs.getString(3)), List.of())));
        });
    Map<String, List<Topic>> topics = new LinkedHashMap<>();
    jdbc.sql("select category_code, code, title from support_topic order by position")
        .query(rs -> {
          topics.computeIfAbsent(rs.getString(1), k -> new java.util.ArrayList<>())
              .add(new Topic(rs.getString(2), rs.getString(3),
                  issues.getOrDefault(key(rs.getString(1), rs.getString(2)), List.of())));
        });
    return jdbc.sql("select code, title from support_category order by position")
        .query((rs, row) -> new Category(rs.getString(1), rs.getString(2),
            topics.getOrDefault(rs.getString(1), List.of())))
        .list();
  }

  /** The issue the partner chose, with its articles; an unknown choice names the field that is wrong. */
  public Issue issue(String category, String topic, String issue) {
    Category chosenCategory = categories().stream().filter(c -> c.code().equals(category)).findFirst()
        .orElseThrow(() -> new InvalidField("category", "is not a support category"));
    Topic chosenTopic = chosenCategory.topics().stream().filter(t -> t.code().equals(topic)).findFirst()
        .orElseThrow(() -> new InvalidField("topic", "is not a topic of " + category));
    return chosenTopic.issues().stream().filter(i -> i.code().equals(issue)).findFirst()
        .orElseThrow(() -> new InvalidField("issue", "is not an issue of " + topic));
  }

  private static String key(String... parts) {
    return String.join("/", parts);
  }
}
