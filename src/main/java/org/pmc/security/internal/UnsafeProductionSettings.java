package org.pmc.security.internal;

import java.util.List;

/** Production mode was asked to start with settings it refuses; each line names a property to set. */
public class UnsafeProductionSettings extends RuntimeException {

  private final List<String> problems;

  UnsafeProductionSettings(List<String> problems) {
    super("Production mode refuses to start:\n  " + String.join("\n  ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
