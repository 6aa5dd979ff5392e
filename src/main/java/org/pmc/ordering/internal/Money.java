package org.pmc.ordering.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.IOException;
import java.math.BigDecimal;

/** An amount in a currency; the API shows the amount as a decimal string ({@code "1670.00"}). */
public record Money(@JsonSerialize(using = Money.PlainString.class) BigDecimal amount, String currency) {

  static final class PlainString extends JsonSerializer<BigDecimal> {
    @Override
    public void serialize(BigDecimal value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
      gen.writeString(value.toPlainString());
    }
  }
}
