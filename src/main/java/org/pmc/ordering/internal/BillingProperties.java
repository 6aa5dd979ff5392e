package org.pmc.ordering.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Configurable: who sells, where a bank transfer goes and what the invoice says of tax
 * ({@code pmc.billing.*}, see operations.md). Printed on every invoice document.
 */
@Validated
@ConfigurationProperties("pmc.billing")
public record BillingProperties(@NotBlank String seller, @NotEmpty List<String> sellerAddress, String sellerVatId,
    @NotBlank String bankName, @NotBlank String iban, @NotBlank String bic, @NotBlank String taxNote) {

  public BillingProperties {
    sellerAddress = List.copyOf(sellerAddress);
  }
}
