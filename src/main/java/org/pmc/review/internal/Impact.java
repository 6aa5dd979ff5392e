package org.pmc.review.internal;

import java.util.List;
import org.pmc.review.internal.DissociationImpact;

/** What a reviewed change does, shown to the partner before they submit and to the reviewer. */
public sealed interface Impact permits DissociationImpact, MergeImpact {

  /** The impact as sentences, for the reviewer's form and the portal. */
  List<String> summary();
}
