package org.pmc.web;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;

/**
 * Lists answer a plain JSON array (as api.md shows) of one page; {@code X-Total-Count} tells how many
 * there are in all. Query parameters {@code page} (from 0) and {@code size} (1 to 500).
 */
public final class Paging {

  public static final int MAX_SIZE = 500;

  private Paging() {}

  public static PageRequest of(int page, int size, Sort sort) {
    if (page < 0) {
      throw new InvalidField("page", "must be 0 or more");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidField("size", "must be between 1 and " + MAX_SIZE);
    }
    return PageRequest.of(page, size, sort);
  }

  public static <T> ResponseEntity<List<T>> response(Page<T> page) {
    return ResponseEntity.ok()
        .header("X-Total-Count", Long.toString(page.getTotalElements()))
        .body(page.getContent());
  }
}
