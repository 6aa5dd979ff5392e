package org.pmc.membership.internal;

/** What a membership benefit is (R-MEM-2): software licenses, a support channel, training or marketing. */
public enum BenefitKind {
  SOFTWARE,
  SUPPORT,
  TRAINING,
  MARKETING
}
