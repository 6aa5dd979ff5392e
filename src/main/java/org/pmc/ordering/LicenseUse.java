package org.pmc.ordering;

/**
 * One license ABTKs grant under a cap (R-ABTK-17): how many the organization's ABTKs granted and are in force
 * ({@code used}), of the most they may grant it worldwide ({@code allowance}).
 */
public record LicenseUse(String code, String title, int used, int allowance) {}
