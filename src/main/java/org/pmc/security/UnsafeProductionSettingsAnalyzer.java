package org.pmc.security;

import org.pmc.security.internal.UnsafeProductionSettings;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints the refused settings as Spring Boot's start-up failure report, one line per property, no stack trace. */
class UnsafeProductionSettingsAnalyzer extends AbstractFailureAnalyzer<UnsafeProductionSettings> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, UnsafeProductionSettings cause) {
    return new FailureAnalysis(
        "Production mode (pmc.mode=production) refuses to start:\n  " + String.join("\n  ", cause.problems()),
        "Set each property above (environment variables in brackets), or run in demo mode with the embedded "
            + "database (no spring.datasource.url, or pmc.mode=demo). See docs/security.md.",
        cause);
  }
}
