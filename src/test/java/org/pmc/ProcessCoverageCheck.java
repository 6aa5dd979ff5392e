package org.pmc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every process in {@code bpmn/} has at least {@link #MINIMUM} flow-node coverage over the whole test suite. Not a
 * test of its own: the surefire execution {@code process-coverage} runs it after all the others, and only when no
 * {@code -Dtest} narrows the run (profile {@code process-coverage} in pom.xml), since a part of the suite covers less.
 */
class ProcessCoverageCheck {

  static final double MINIMUM = 0.90;

  @Test
  void everyProcessCoveredByTheSuite() {
    List<ProcessCoverage> processes = ProcessCoverage.of(Path.of("bpmn"), Path.of("target/process-test-coverage"));
    processes.forEach(System.out::println);
    assertThat(processes).as("processes below %.0f%% flow-node coverage", 100 * MINIMUM)
        .filteredOn(process -> process.flowNodeShare() < MINIMUM)
        .isEmpty();
  }
}
