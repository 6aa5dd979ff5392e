package org.pmc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.camunda.community.process_test_coverage.core.export.CoverageStateJsonExporter;
import org.camunda.community.process_test_coverage.core.model.Event;
import org.camunda.community.process_test_coverage.core.model.Suite;

/**
 * What the tests went through in one process of {@code bpmn/}, over every test class's report of
 * camunda-process-test-coverage ({@code target/process-test-coverage/<class>/report.json}): its flow nodes, and
 * its flow nodes with the sequence flows (the figure of the library's HTML report).
 */
public record ProcessCoverage(String key, Set<String> flowNodes, Set<String> sequenceFlows, Set<String> reached) {

  /** One per executable process of the models in {@code models}, from the reports under {@code reports}. */
  public static List<ProcessCoverage> of(Path models, Path reports) {
    Map<String, Set<String>> reached = reached(reports);
    try (Stream<Path> files = Files.list(models)) {
      return files.filter(file -> file.toString().endsWith(".bpmn")).sorted()
          .map(file -> Bpmn.readModelFromFile(file.toFile()))
          .flatMap(model -> model.getModelElementsByType(Process.class).stream()
              .filter(Process::isExecutable)
              .map(process -> of(model, process.getId(), reached.getOrDefault(process.getId(), Set.of()))))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The share of flow nodes at least one test went through. */
  public double flowNodeShare() {
    return share(flowNodes);
  }

  /** The share of flow nodes and sequence flows, as the library's report counts. */
  public double elementShare() {
    Set<String> elements = new HashSet<>(flowNodes);
    elements.addAll(sequenceFlows);
    return share(elements);
  }

  public Set<String> flowNodesNotReached() {
    Set<String> missed = new TreeSet<>(flowNodes);
    missed.removeAll(reached);
    return missed;
  }

  @Override
  public String toString() {
    return "%s: %.1f%% of %d flow nodes (%.1f%% with sequence flows)%s".formatted(key, 100 * flowNodeShare(),
        flowNodes.size(), 100 * elementShare(),
        flowNodesNotReached().isEmpty() ? "" : "; not reached: " + String.join(", ", flowNodesNotReached()));
  }

  private double share(Set<String> elements) {
    return elements.stream().filter(reached::contains).count() / (double) elements.size();
  }

  /** As the library counts (ExecutionContextModelProvider): every flow node of the process, at any depth. */
  private static ProcessCoverage of(BpmnModelInstance model, String key, Set<String> reached) {
    Set<String> nodes = new TreeSet<>();
    Set<String> flows = new TreeSet<>();
    model.getModelElementsByType(FlowNode.class).stream().filter(node -> inProcess(node, key))
        .forEach(node -> nodes.add(node.getId()));
    model.getModelElementsByType(SequenceFlow.class).stream().filter(flow -> nodes.contains(flow.getSource().getId()))
        .forEach(flow -> flows.add(flow.getId()));
    return new ProcessCoverage(key, nodes, flows, reached);
  }

  private static boolean inProcess(ModelElementInstance element, String key) {
    for (ModelElementInstance parent = element; parent != null; parent = parent.getParentElement()) {
      if (parent instanceof Process process) {
        return process.getId().equals(key);
      }
    }
    return false;
  }

  /** The elements each process key went through, in every test class's report. */
  private static Map<String, Set<String>> reached(Path reports) {
    Map<String, Set<String>> reached = new HashMap<>();
    for (Suite suite : suites(reports)) {
      for (Event event : suite.getEvents()) {
        reached.computeIfAbsent(event.getModelKey(), key -> new HashSet<>()).add(event.getDefinitionKey());
      }
    }
    return reached;
  }

  private static List<Suite> suites(Path reports) {
    if (!Files.isDirectory(reports)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(reports)) {
      return files.map(dir -> dir.resolve("report.json")).filter(Files::isRegularFile)
          .map(ProcessCoverage::read)
          .flatMap(Collection::stream)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Collection<Suite> read(Path report) {
    try {
      return CoverageStateJsonExporter.readCoverageStateResult(Files.readString(report)).getSuites();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
