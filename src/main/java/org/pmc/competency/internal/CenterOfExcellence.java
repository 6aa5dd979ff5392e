package org.pmc.competency.internal;

/** The six Centers of Excellence that group the competencies (R-COMP-1). */
public enum CenterOfExcellence {
  APP_DEVELOPMENT_AND_ISV("App Development and ISV"),
  CLOUD_PLATFORM_AND_INFRASTRUCTURE("Cloud Platform and Infrastructure"),
  DATA_MANAGEMENT_AND_ANALYTICS("Data Management and Analytics"),
  BUSINESS_APPLICATIONS("Business Applications"),
  MOBILITY("Mobility"),
  PRODUCTIVITY("Productivity");

  private final String title;

  CenterOfExcellence(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }
}
