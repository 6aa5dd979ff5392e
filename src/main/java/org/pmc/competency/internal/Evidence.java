package org.pmc.competency.internal;

/** What a location has toward one competency: approved, unexpired references and qualified MCPs. */
public record Evidence(int references, int mcps) {

  public static final Evidence NONE = new Evidence(0, 0);

  public boolean meets(Requirement requirement) {
    return references >= requirement.customerReferences() && mcps >= requirement.mcps();
  }

  public Evidence plus(Evidence other) {
    return new Evidence(references + other.references, mcps + other.mcps);
  }
}
