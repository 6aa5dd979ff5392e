package org.pmc.platform.internal;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.management.Metrics;
import org.springframework.stereotype.Component;

/**
 * Camunda's state and its own metrics on {@code /actuator/prometheus}: what an operator alerts on
 * (open incidents, jobs out of retries) and what the engine counts (jobs, activities).
 */
@Component
class CamundaMetrics implements MeterBinder {

  private final ManagementService management;
  private final RuntimeService runtime;

  CamundaMetrics(ManagementService management, RuntimeService runtime) {
    this.management = management;
    this.runtime = runtime;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    Gauge.builder("camunda.process.instances.running", runtime,
            r -> r.createProcessInstanceQuery().active().count())
        .description("Process instances that are running").register(registry);
    Gauge.builder("camunda.incidents.open", runtime, r -> r.createIncidentQuery().count())
        .description("Open incidents: steps that failed all their retries").register(registry);
    Gauge.builder("camunda.jobs.out.of.retries", management, m -> m.createJobQuery().noRetriesLeft().count())
        .description("Jobs with no retries left").register(registry);
    engineMetric(registry, Metrics.JOB_SUCCESSFUL);
    engineMetric(registry, Metrics.JOB_FAILED);
    engineMetric(registry, Metrics.ACTIVTY_INSTANCE_START);
    engineMetric(registry, Metrics.ROOT_PROCESS_INSTANCE_START);
  }

  /** The engine's own counters, as it reports them to its metrics table. */
  private void engineMetric(MeterRegistry registry, String name) {
    FunctionCounter.builder("camunda.engine." + name.replace('-', '.'), management,
            m -> m.createMetricsQuery().name(name).sum())
        .description("Camunda engine metric " + name).register(registry);
  }
}
