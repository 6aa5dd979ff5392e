package org.pmc.ordering.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import org.pmc.web.LocalFormats;
import org.springframework.context.i18n.LocaleContextHolder;

/** An amount in a currency; the API shows the amount as a decimal string ({@code "1670.00"}). */
public record Money(@JsonSerialize(using = Money.PlainString.class) BigDecimal amount, String currency) {

  /** The amount as the page's reader writes it ({@code €1,536.40}, {@code 1.536,40 €}), for a portal message. */
  public String inReadersLanguage() {
    return new LocalFormats(LocaleContextHolder.getLocale(), ZoneOffset.UTC, null).money(amount, currency);
  }

  static final class PlainString extends JsonSerializer<BigDecimal> {
    @Override
    public void serialize(BigDecimal value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
      gen.writeString(value.toPlainString());
    }
  }
}
