package org.pmc.membership.internal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Product keys per organization and product (table {@code product_key}). A key is made the first time
 * the organization views it and then kept, so it stays the key the partner installed with.
 */
@Repository
class ProductKeys {

  /** The characters of real product keys: no vowels (no words), no look-alikes such as 0/O or 1/I. */
  private static final String ALPHABET = "BCDFGHJKMPQRTVWXY2346789";
  private static final int GROUPS = 5;
  private static final int GROUP_LENGTH = 5;

  private final JdbcClient jdbc;
  private final SecureRandom random = new SecureRandom();

  ProductKeys(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Issues a key unless the organization has one for this product; true if this call issued it. Two
   * first views at once both insert, the database keeps one, and both then read the same key.
   */
  boolean issueIfAbsent(UUID organizationId, UUID productId, Instant now) {
    return jdbc.sql("""
        insert into product_key (organization_id, product_id, key_value, issued_at) values (?, ?, ?, ?)
        on conflict (organization_id, product_id) do nothing""")
        .params(organizationId, productId, newKey(), Timestamp.from(now)).update() == 1;
  }

  /** Every key of the organization by product. */
  Map<UUID, String> of(UUID organizationId) {
    return jdbc.sql("select product_id, key_value from product_key where organization_id = ?")
        .param(organizationId)
        .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2)))
        .list().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  private String newKey() {
    StringBuilder key = new StringBuilder();
    for (int group = 0; group < GROUPS; group++) {
      if (group > 0) {
        key.append('-');
      }
      for (int i = 0; i < GROUP_LENGTH; i++) {
        key.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
    }
    return key.toString();
  }
}
