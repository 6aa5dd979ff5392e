package org.pmc.competency;

/** What a location has toward one competency: approved, unexpired references and qualified MCPs. */
public record Evidence(int references, int mcps) {

  static final Evidence NONE = new Evidence(0, 0);

  boolean meets(Requirement requirement) {
    return references >= requirement.customerReferences() && mcps >= requirement.mcps();
  }

  Evidence plus(Evidence other) {
    return new Evidence(references + other.references, mcps + other.mcps);
  }
}
