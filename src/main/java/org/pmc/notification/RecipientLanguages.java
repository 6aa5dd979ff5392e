package org.pmc.notification;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/**
 * The language and time zone a mail's recipient reads in, for a mail that does not name its own. The people
 * module answers for partners (their choice on My profile, else their organization's language); anyone else (a
 * reviewer, an address nobody holds) reads English, times in UTC.
 */
public interface RecipientLanguages {

  Optional<Reader> of(String email);

  /** How one recipient reads: a language, and a time zone when they chose one. */
  record Reader(Locale language, Optional<ZoneId> timeZone) {}
}
