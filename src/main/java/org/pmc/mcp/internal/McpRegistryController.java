package org.pmc.mcp.internal;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.pmc.mcp.McpService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The certification registry, kept by program staff ({@code /api/admin/**}, Camunda identity). A
 * {@code PUT} enters a professional (201) or replaces what the registry holds about them (200).
 */
@RestController
@RequestMapping("/api/admin/mcps")
class McpRegistryController {

  private final McpService mcps;

  McpRegistryController(McpService mcps) {
    this.mcps = mcps;
  }

  @Operation(summary = "Enter or update a professional in the registry (staff)")
  @PutMapping("/{mcpId}")
  ResponseEntity<ProfessionalView> register(@PathVariable String mcpId,
      @Valid @RequestBody RegisterProfessional professional) {
    boolean known = mcps.isRegistered(mcpId);
    ProfessionalView registered = mcps.register(mcpId, professional);
    return ResponseEntity.status(known ? HttpStatus.OK : HttpStatus.CREATED).body(registered);
  }

  @Operation(summary = "Show a professional in the registry (staff)")
  @GetMapping("/{mcpId}")
  ProfessionalView professional(@PathVariable String mcpId) {
    return mcps.professional(mcpId);
  }
}
