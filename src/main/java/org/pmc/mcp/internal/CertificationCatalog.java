package org.pmc.mcp.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pmc.competency.Competency;
import org.pmc.mcp.internal.CatalogCertification;
import org.pmc.mcp.internal.Certification;

/**
 * The certifications of the program, read once per request: titles for the views, and which
 * competencies a set of certifications counts toward (R-MCP-3).
 */
public final class CertificationCatalog {

  private final Map<String, Certification> byCode;

  private CertificationCatalog(Map<String, Certification> byCode) {
    this.byCode = byCode;
  }

  public static CertificationCatalog of(List<Certification> certifications) {
    return new CertificationCatalog(certifications.stream()
        .collect(Collectors.toMap(Certification::getCode, Function.identity())));
  }

  public boolean knows(String code) {
    return code != null && byCode.containsKey(code);
  }

  String title(String code) {
    Certification certification = byCode.get(code);
    return certification == null ? code : certification.getTitle();
  }

  /** R-MCP-3, R-COMP-3: the competencies these certifications count toward, in catalog order. */
  public List<Competency> competencies(Collection<String> codes) {
    return codes.stream()
        .map(byCode::get)
        .filter(Objects::nonNull)
        .flatMap(certification -> certification.getCompetencies().stream())
        .distinct()
        .sorted()
        .toList();
  }

  public List<CatalogCertification> entries() {
    return byCode.values().stream()
        .sorted(Comparator.comparing(Certification::getTitle))
        .map(c -> new CatalogCertification(c.getCode(), c.getTitle(), competencies(List.of(c.getCode()))))
        .toList();
  }
}
