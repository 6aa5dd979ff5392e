package org.pmc;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Issue 15: each capability is a Spring Modulith module; other modules use only its API or its events. */
class ModularityTests {

  private final ApplicationModules modules = ApplicationModules.of(PmcApplication.class);

  @Test
  @DisplayName("Modules reach each other only through their public API, without cycles")
  void verifiesModuleBoundaries() {
    modules.verify();
  }

  @Test
  @DisplayName("The module diagrams in docs/modules are written from the code")
  void writesModuleDiagrams() {
    new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
        .writeModulesAsPlantUml()
        .writeIndividualModulesAsPlantUml();
  }
}
