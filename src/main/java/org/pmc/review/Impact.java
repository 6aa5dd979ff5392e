package org.pmc.review;

import java.util.List;

/** What a reviewed change does, shown to the partner before they submit and to the reviewer. */
public sealed interface Impact permits DissociationImpact, MergeImpact {

  /** The impact as sentences, for the reviewer's form and the portal. */
  List<String> summary();
}
