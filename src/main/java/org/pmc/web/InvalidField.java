package org.pmc.web;

/** A field whose value is well-formed but refers to nothing usable, e.g. a location of another organization. */
public class InvalidField extends RuntimeException {

  private final String field;

  public InvalidField(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
