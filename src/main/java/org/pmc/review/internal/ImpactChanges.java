package org.pmc.review.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.springframework.stereotype.Component;

/**
 * R-REV-3: what changed in an impact since the partner asked, in the reviewer's words: "MCPs: 3 → 4; customer
 * references: 2 → 1", or "No change since the request".
 */
@Component
class ImpactChanges {

  static final String NONE = "No change since the request";
  /** The fields of both impacts a reviewer weighs, in the order they read them. */
  private static final Map<String, String> LABELS = new LinkedHashMap<>();

  static {
    LABELS.put("competenciesLost", "competencies lost");
    LABELS.put("competencies", "competencies");
    LABELS.put("otherCompetencies", "competencies of the other organization");
    LABELS.put("locations", "locations");
    LABELS.put("childLocations", "locations under it");
    LABELS.put("people", "people");
    LABELS.put("mcps", "MCPs");
    LABELS.put("references", "customer references");
    LABELS.put("contacts", "program contacts");
    LABELS.put("privileges", "privileges");
    LABELS.put("benefits", "benefits");
    LABELS.put("abtkOrders", "ABTK orders");
  }

  private final ObjectMapper json;

  ImpactChanges(ObjectMapper json) {
    this.json = json;
  }

  /** The fields that differ between the impact kept as JSON and this one; a field the old impact lacks is skipped. */
  String since(String before, Impact now) {
    JsonNode old = read(before);
    JsonNode current = json.valueToTree(now);
    List<String> changes = new ArrayList<>();
    LABELS.forEach((field, label) -> {
      if (old.has(field) && current.has(field) && !old.get(field).equals(current.get(field))) {
        changes.add(label + ": " + text(old.get(field)) + " → " + text(current.get(field)));
      }
    });
    return changes.isEmpty() ? NONE : String.join("; ", changes);
  }

  private JsonNode read(String impact) {
    try {
      return json.readTree(impact);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String text(JsonNode value) {
    if (!value.isArray()) {
      return value.asText();
    }
    return value.isEmpty() ? "none"
        : String.join(", ", StreamSupport.stream(value.spliterator(), false).map(JsonNode::asText).toList());
  }
}
