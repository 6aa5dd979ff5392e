package org.pmc.web;

/** An id that does not exist, or that belongs to another organization: both answer 404. */
public class NotFound extends RuntimeException {

  public NotFound(String what, Object id) {
    super(what + " " + id + " was not found");
  }
}
