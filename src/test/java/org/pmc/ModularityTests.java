package org.pmc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Issue 15: each capability is a Spring Modulith module; other modules use only its API or its events. */
class ModularityTests {

  private static final Path DIAGRAMS = Path.of("docs", "modules");

  private final ApplicationModules modules = ApplicationModules.of(PmcApplication.class);

  @Test
  @DisplayName("Modules reach each other only through their public API, without cycles")
  void verifiesModuleBoundaries() {
    modules.verify();
  }

  @Test
  @DisplayName("The module diagrams in docs/modules are written from the code")
  void writesModuleDiagrams() throws IOException {
    new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DIAGRAMS.toString()))
        .writeModulesAsPlantUml()
        .writeIndividualModulesAsPlantUml();
    try (Stream<Path> diagrams = Files.list(DIAGRAMS)) {
      for (Path diagram : diagrams.filter(file -> file.toString().endsWith(".puml")).toList()) {
        Files.write(diagram, inStableOrder(Files.readAllLines(diagram)));
      }
    }
  }

  /**
   * The Documenter writes the relations in no fixed order; sorted, a diagram changes only when the modules do, so
   * a test run leaves docs/modules as it found it.
   */
  private static List<String> inStableOrder(List<String> lines) {
    List<String> relations = lines.stream().filter(line -> line.startsWith("Rel(")).sorted().toList();
    Iterator<String> sorted = relations.iterator();
    return lines.stream().map(line -> line.startsWith("Rel(") ? sorted.next() : line).toList();
  }
}
