package org.pmc.support.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NamedContacts extends JpaRepository<NamedContact, UUID> {

  /** How many organizations each of these staff members is the named contact of (absent: none). */
  @Query("select c.userId, count(c) from NamedContact c where c.userId in :userIds group by c.userId")
  List<Object[]> organizationsPerContact(List<String> userIds);
}
