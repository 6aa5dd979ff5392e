package org.pmc.people;

import java.util.List;
import java.util.UUID;
import org.pmc.web.Paging;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The People lists of an organization. */
@RestController
@RequestMapping("/api/organizations/{org}/people")
class PeopleController {

  private final PeopleService people;

  PeopleController(PeopleService people) {
    this.people = people;
  }

  @GetMapping
  ResponseEntity<List<PersonView>> people(@PathVariable UUID org, PeopleFilter filter,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    Page<PersonView> result = people.people(org, filter,
        Paging.of(page, size, Sort.by("lastName", "firstName", "email")));
    return Paging.response(result);
  }
}
