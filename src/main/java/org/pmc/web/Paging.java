package org.pmc.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Lists answer a plain JSON array (as api.md shows) of one page; {@code X-Total-Count} tells how many
 * there are in all. Query parameters {@code page} (from 0) and {@code size} (1 to 500, default
 * {@value #DEFAULT_SIZE}). Issue 14: no list endpoint answers an unbounded list.
 */
public final class Paging {

  public static final int MAX_SIZE = 500;

  /** The page size when a request names none (a string: annotations' {@code defaultValue} take one). */
  public static final String DEFAULT_SIZE = "50";

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

  /** A page whose order the query itself gives (SQL lists, computed lists). */
  public static PageRequest of(int page, int size) {
    return of(page, size, Sort.unsorted());
  }

  public static <T> ResponseEntity<List<T>> response(Page<T> page) {
    return ResponseEntity.ok()
        .header("X-Total-Count", Long.toString(page.getTotalElements()))
        .body(page.getContent());
  }

  /**
   * One page of a list computed in memory. Only for lists bounded by a rule already (e.g. per location:
   * at most 2,000 locations, R-LOC-10), whose rows come from a fixed number of queries.
   */
  public static <T> Page<T> slice(List<T> all, Pageable pageable) {
    int from = (int) Math.min(pageable.getOffset(), all.size());
    int to = Math.min(from + pageable.getPageSize(), all.size());
    return new PageImpl<>(new ArrayList<>(all.subList(from, to)), pageable, all.size());
  }

  /**
   * One page of a SQL list in two statements whatever its size: the page's rows ({@code limit}/{@code offset})
   * and their total. {@code select} is a whole {@code select … from … where …} with {@code ?} parameters;
   * {@code orderBy} must give a total order (end with a unique column), or rows could repeat across pages.
   */
  public static <T> Page<T> query(JdbcClient jdbc, String select, String orderBy, RowMapper<T> rows,
      Pageable pageable, Object... params) {
    long total = jdbc.sql("select count(*) from (" + select + ") counted").params(params).query(Long.class).single();
    List<Object> pageParams = new ArrayList<>(List.of(params));
    pageParams.add(pageable.getPageSize());
    pageParams.add(pageable.getOffset());
    List<T> content = jdbc.sql(select + " " + orderBy + " limit ? offset ?").params(pageParams).query(rows).list();
    return new PageImpl<>(content, pageable, total);
  }
}
