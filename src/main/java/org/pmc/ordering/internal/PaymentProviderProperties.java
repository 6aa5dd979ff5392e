package org.pmc.ordering.internal;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The payment provider's hosted checkout ({@code pmc.payments.provider.*}, operations.md "Payment provider"):
 * where its checkout page is, who we are there, and the key that signs the link to it. Unset in demo mode, which
 * pays in the embedded sandbox; production refuses to start without them (security's production settings).
 */
@Validated
@ConfigurationProperties("pmc.payments.provider")
public record PaymentProviderProperties(
    @Pattern(regexp = "https?://\\S+", message = "must be an http(s) address") String baseUrl,
    @Pattern(regexp = "\\S+", message = "must not contain spaces") String merchantId,
    @Size(min = 32, message = "must be at least 32 characters") String secret) {}
