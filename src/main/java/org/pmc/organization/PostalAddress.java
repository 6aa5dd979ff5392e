package org.pmc.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A postal address: where a location's shipments go (R-ABTK-20) and whom an invoice is billed to (R-ABTK-19).
 * The country is an ISO 3166 code; line2 and region are optional.
 */
public record PostalAddress(
    @NotBlank @Size(max = 200) String line1,
    @Size(max = 200) String line2,
    @NotBlank @Size(max = 100) String city,
    @NotBlank @Size(max = 20) String postalCode,
    @Size(max = 100) String region,
    @NotBlank @Pattern(regexp = "[A-Za-z]{2}", message = "must be a two-letter country code") String country) {

  /** Trimmed, blanks as null, the country in capitals: the form every reader of an address sees. */
  public PostalAddress normalized() {
    return new PostalAddress(clean(line1), clean(line2), clean(city), clean(postalCode), clean(region),
        clean(country) == null ? null : country.trim().toUpperCase(Locale.ROOT));
  }

  /** On one line, for a mail, a list or a document: "1 Main St, Suite 2, 10115 Berlin, Berlin, DE". */
  public String oneLine() {
    return Stream.of(line1, line2, Stream.of(postalCode, city).filter(Objects::nonNull)
            .collect(Collectors.joining(" ")), region, country)
        .filter(part -> part != null && !part.isBlank())
        .collect(Collectors.joining(", "));
  }

  private static String clean(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
