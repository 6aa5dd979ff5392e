package org.pmc.people.internal;

import java.util.Map;
import java.util.UUID;
import org.pmc.people.internal.PeopleFilter;
import org.springframework.web.util.UriComponentsBuilder;

/** The filters of a People list (R-PPL-3: first name, last name, email, by prefix; and location). */
record PeopleSearch(String firstName, String lastName, String email, UUID locationId) {

  static final PeopleSearch NONE = new PeopleSearch(null, null, null, null);

  PeopleFilter filter() {
    return new PeopleFilter(null, firstName, lastName, email, locationId);
  }

  /** The same names and email, at any location: a page that picks its location apart. */
  PeopleSearch anyLocation() {
    return new PeopleSearch(firstName, lastName, email, null);
  }

  /** The address of a list with these filters, for its page links ({@code page} is added by the template). */
  String link(String path, Map<String, Object> extra) {
    UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
    extra.forEach(link::queryParam);
    addIfPresent(link, "firstName", firstName);
    addIfPresent(link, "lastName", lastName);
    addIfPresent(link, "email", email);
    if (locationId != null) {
      link.queryParam("locationId", locationId);
    }
    return link.encode().build().toUriString();
  }

  private static void addIfPresent(UriComponentsBuilder link, String name, String value) {
    if (value != null && !value.isBlank()) {
      link.queryParam(name, value.trim());
    }
  }
}
