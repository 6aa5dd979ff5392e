package org.pmc.activity;

import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.apache.commons.csv.CSVPrinter;
import org.pmc.activity.internal.Activities;
import org.pmc.activity.internal.Activity;
import org.pmc.activity.internal.ActivityCsv;
import org.pmc.activity.internal.ActivityFilter;
import org.pmc.activity.internal.ActivityView;
import org.pmc.platform.StaffNames;
import org.pmc.web.PortalUser;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The activity log's public face: every capability records here each change it makes to an
 * organization's data (who, what, when, which entity), and admins read it back, filtered, or as CSV.
 *
 * <p>An entry is written in the transaction of the change it describes, so the two commit or roll
 * back together: the log never shows a change that did not happen, nor misses one that did.
 */
@Service
public class ActivityLog {

  /** Newest first; the id breaks ties so that pages and export chunks never skip or repeat an entry. */
  public static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "occurredAt", "id");
  /** The most rows one CSV export holds. */
  static final int EXPORT_LIMIT = 100_000;
  private static final int EXPORT_CHUNK = 1_000;
  private static final int SUMMARY_LENGTH = 1000;
  private static final int ACTOR_LENGTH = 254;
  private static final int ORIGIN_LENGTH = 300;
  private static final String SYSTEM = "system";

  private final Activities activities;
  private final Clock clock;
  private final StaffNames staff;
  private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

  ActivityLog(Activities activities, Clock clock, StaffNames staff) {
    this.activities = activities;
    this.clock = clock;
    this.staff = staff;
  }

  /**
   * Records a change made by whoever is signed in: a portal user as {@code PARTNER} (their email),
   * program staff (on {@code /api/admin}, or completing a task in Tasklist) as {@code STAFF} (their name, never
   * their user id, which is half a sign-in; R-REV-5), and with nobody signed in (process steps, timers)
   * {@code SYSTEM}.
   */
  @Transactional(propagation = Propagation.REQUIRED)
  public void record(UUID organizationId, String type, String entityType, UUID entityId, String summary) {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    String staffUser = trust.isAuthenticated(authentication) ? authentication.getName()
        : staff.taskUser().orElse(null);
    if (trust.isAuthenticated(authentication) && authentication.getPrincipal() instanceof PortalUser user) {
      record(organizationId, ActorKind.PARTNER, user.email(), type, entityType, entityId, summary);
    } else if (staffUser != null) {
      record(organizationId, ActorKind.STAFF, staff.displayName(staffUser), type, entityType, entityId, summary);
    } else {
      record(organizationId, ActorKind.SYSTEM, SYSTEM, type, entityType, entityId, summary);
    }
  }

  /**
   * Records a staff decision carried out later, by a process step (R-REV-5): the staff member who decided, by
   * name; {@code SYSTEM} when nobody is known.
   */
  @Transactional(propagation = Propagation.REQUIRED)
  public void recordStaffDecision(UUID organizationId, String staffUser, String type, String entityType,
      UUID entityId, String summary) {
    if (staffUser == null || staffUser.isBlank()) {
      record(organizationId, ActorKind.SYSTEM, SYSTEM, type, entityType, entityId, summary);
    } else {
      record(organizationId, ActorKind.STAFF, staff.displayName(staffUser), type, entityType, entityId, summary);
    }
  }

  /**
   * Records a change whose actor the caller knows better than the sign-in does, such as a customer
   * answering through the link in an email ({@code CUSTOMER}, their address). A summary too long for
   * the log is shortened rather than failing the change it describes.
   */
  @Transactional(propagation = Propagation.REQUIRED)
  public void record(UUID organizationId, ActorKind kind, String actor, String type, String entityType,
      UUID entityId, String summary) {
    Objects.requireNonNull(organizationId, "organizationId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(entityType, "entityType");
    activities.save(new Activity(organizationId, clock.instant(), kind,
        shorten(actor == null || actor.isBlank() ? SYSTEM : actor, ACTOR_LENGTH), type, entityType, entityId,
        shorten(Objects.requireNonNull(summary, "summary"), SUMMARY_LENGTH)));
  }

  /**
   * R-LOC-8: in the transaction of a merge, the merged organization's log moves to the survivor, each entry kept
   * and marked with its origin (the merged organization's name), so the survivor's admins read the whole history.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void carryOver(UUID mergedOrganizationId, UUID organizationId, String origin) {
    activities.flush();
    activities.moveTo(organizationId, mergedOrganizationId, shorten(origin, ORIGIN_LENGTH));
  }

  /** One page of the organization's log, filtered. */
  @Transactional(readOnly = true)
  public Page<ActivityView> list(UUID organizationId, ActivityFilter filter, Pageable pageable) {
    return activities.findAll(filter.in(organizationId), pageable).map(ActivityView::of);
  }

  /** The types recorded so far in this organization's log, for choosing a filter. */
  @Transactional(readOnly = true)
  public List<String> types(UUID organizationId) {
    return activities.typesIn(organizationId);
  }

  /**
   * Writes every matching entry, newest first and at most {@link #EXPORT_LIMIT}, as CSV. It reads in
   * chunks, each in its own short transaction, and writes each chunk as it comes: memory stays small,
   * and no database connection is held while a slow client reads.
   */
  public void export(UUID organizationId, ActivityFilter filter, Writer out) throws IOException {
    CSVPrinter csv = ActivityCsv.printer(out);
    Specification<Activity> matching = filter.in(organizationId);
    Activity last = null;
    int written = 0;
    while (written < EXPORT_LIMIT) {
      int chunkSize = Math.min(EXPORT_CHUNK, EXPORT_LIMIT - written);
      Specification<Activity> next = last == null ? matching : matching.and(ActivityFilter.after(last));
      List<Activity> chunk = activities.findBy(next, query -> query.sortBy(NEWEST_FIRST).limit(chunkSize).all());
      for (Activity activity : chunk) {
        ActivityCsv.print(csv, ActivityView.of(activity));
      }
      written += chunk.size();
      if (chunk.size() < chunkSize) {
        break;
      }
      last = chunk.get(chunk.size() - 1);
    }
    csv.flush();
  }

  private static String shorten(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length - 1) + "…";
  }
}
