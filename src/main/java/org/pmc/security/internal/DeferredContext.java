package org.pmc.security.internal;

import java.util.function.Supplier;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;

/**
 * A session's sign-in read when first asked for (most static requests never are), then kept for the request: for
 * the portal's and the staff console's sessions alike.
 */
final class DeferredContext implements DeferredSecurityContext {

  private final Supplier<SecurityContext> rebuild;
  private SecurityContext context;

  DeferredContext(Supplier<SecurityContext> rebuild) {
    this.rebuild = rebuild;
  }

  @Override
  public SecurityContext get() {
    if (context == null) {
      context = rebuild.get();
    }
    return context;
  }

  @Override
  public boolean isGenerated() {
    return get().getAuthentication() == null;
  }
}
