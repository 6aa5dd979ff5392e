package org.pmc.notification;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.pmc.notification.internal.PendingConfirmationPruning;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.data.repository.query.Param;

/**
 * The store of one kind of {@link PendingConfirmation}; each capability has its own table. Lapsed rows are pruned
 * for all of them ({@link PendingConfirmationPruning}).
 */
@NoRepositoryBean
public interface PendingConfirmations<T extends PendingConfirmation> extends JpaRepository<T, UUID> {

  /** The request behind a link while it is open: neither confirmed nor lapsed (410 otherwise). */
  default T open(UUID id, Instant now) {
    T pending = findById(id).orElseThrow(PendingConfirmation::unknown);
    pending.requireOpen(now);
    return pending;
  }

  /** The request behind a link, locked, marked confirmed: the link works no more (410 if it did not). */
  default T confirm(UUID id, Instant now) {
    T pending = lockById(id).orElseThrow(PendingConfirmation::unknown);
    pending.confirmed(now);
    return pending;
  }

  /** Locked: two clicks of one link at once confirm it once. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select p from #{#entityName} p where p.id = :id")
  Optional<T> lockById(@Param("id") UUID id);

  /** R-PPL-7: requests past their time go; a confirmed one stays until then, so a second click says "used". */
  @Modifying
  @Query("delete from #{#entityName} p where p.expiresAt < :before")
  int deleteLapsedBefore(@Param("before") Instant before);
}
