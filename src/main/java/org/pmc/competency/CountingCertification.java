package org.pmc.competency;

/** R-MCP-3: a certification of the program that counts toward a competency, as the planner names it. */
public record CountingCertification(String code, String title) {}
