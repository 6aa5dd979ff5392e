package org.pmc.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An API operation anyone may call without signing in (security/SecurityConfiguration permits it): documented
 * with no security and without the answers of signing in (401, 403).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PublicOperation {

  /** Counted per client address in a rate limit (security/RateLimits), so it may answer 429. */
  boolean rateLimited() default false;
}
