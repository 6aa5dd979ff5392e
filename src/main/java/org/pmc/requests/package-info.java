/**
 * The partner's overview of their requests: every open process instance of an organization, its current step,
 * who it waits for and what happens next, read from the engine's runtime and history, never from a copy.
 */
@ApplicationModule(displayName = "requests", allowedDependencies = {"platform", "web"})
package org.pmc.requests;

import org.springframework.modulith.ApplicationModule;
