package org.pmc.competency;

import static org.pmc.competency.internal.CenterOfExcellence.APP_DEVELOPMENT_AND_ISV;
import static org.pmc.competency.internal.CenterOfExcellence.BUSINESS_APPLICATIONS;
import static org.pmc.competency.internal.CenterOfExcellence.CLOUD_PLATFORM_AND_INFRASTRUCTURE;
import static org.pmc.competency.internal.CenterOfExcellence.DATA_MANAGEMENT_AND_ANALYTICS;
import static org.pmc.competency.internal.CenterOfExcellence.MOBILITY;
import static org.pmc.competency.internal.CenterOfExcellence.PRODUCTIVITY;

import org.pmc.competency.internal.CenterOfExcellence;

/** The competency catalog (R-COMP-1); codes are the upper snake case of the names (api.md). */
public enum Competency {
  APPLICATION_DEVELOPMENT("Application Development", APP_DEVELOPMENT_AND_ISV),
  APPLICATION_INTEGRATION("Application Integration", APP_DEVELOPMENT_AND_ISV),
  APPLICATION_LIFECYCLE_MANAGEMENT("Application Lifecycle Management", APP_DEVELOPMENT_AND_ISV),
  CLOUD_PLATFORM("Cloud Platform", CLOUD_PLATFORM_AND_INFRASTRUCTURE),
  DATACENTER("Datacenter", CLOUD_PLATFORM_AND_INFRASTRUCTURE),
  DATA_ANALYTICS("Data Analytics", DATA_MANAGEMENT_AND_ANALYTICS),
  DATA_PLATFORM("Data Platform", DATA_MANAGEMENT_AND_ANALYTICS),
  CLOUD_CUSTOMER_RELATIONSHIP_MANAGEMENT("Cloud Customer Relationship Management", BUSINESS_APPLICATIONS),
  ENTERPRISE_RESOURCE_PLANNING("Enterprise Resource Planning", BUSINESS_APPLICATIONS),
  ENTERPRISE_MOBILITY_MANAGEMENT("Enterprise Mobility Management", MOBILITY),
  WINDOWS_AND_DEVICES("Windows and Devices", MOBILITY),
  CLOUD_PRODUCTIVITY("Cloud Productivity", PRODUCTIVITY),
  SMALL_AND_MIDMARKET_CLOUD_SOLUTIONS("Small and Midmarket Cloud Solutions", PRODUCTIVITY),
  COLLABORATION_AND_CONTENT("Collaboration and Content", PRODUCTIVITY),
  COMMUNICATIONS("Communications", PRODUCTIVITY),
  MESSAGING("Messaging", PRODUCTIVITY),
  PROJECT_AND_PORTFOLIO_MANAGEMENT("Project and Portfolio Management", PRODUCTIVITY);

  private final String title;
  private final CenterOfExcellence center;

  Competency(String title, CenterOfExcellence center) {
    this.title = title;
    this.center = center;
  }

  public String title() {
    return title;
  }

  public CenterOfExcellence center() {
    return center;
  }
}
