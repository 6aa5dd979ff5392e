package org.pmc.web.internal;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import org.pmc.web.LocalFormats;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.standard.StandardDialect;

/**
 * What pages and mails get beside Thymeleaf's own: {@code #fmt} ({@link LocalFormats} in the reader's language
 * and time zone) and {@link FieldErrorAria} on every bound form field. A mail names its reader's time zone in
 * the variable {@code timeZone}; a page takes the signed-in person's from the locale resolver; else UTC.
 */
@Component
class PortalDialect extends AbstractProcessorDialect implements IExpressionObjectDialect {

  static final String TIME_ZONE = "timeZone";

  private final MessageSource messages;

  PortalDialect(MessageSource messages) {
    super("Partner Membership Center", "th", StandardDialect.PROCESSOR_PRECEDENCE);
    this.messages = messages;
  }

  @Override
  public Set<IProcessor> getProcessors(String prefix) {
    return Set.of(new FieldErrorAria(prefix));
  }

  @Override
  public IExpressionObjectFactory getExpressionObjectFactory() {
    return new IExpressionObjectFactory() {
      @Override
      public Set<String> getAllExpressionObjectNames() {
        return Set.of("fmt");
      }

      @Override
      public Object buildObject(IExpressionContext context, String name) {
        return new LocalFormats(context.getLocale(), zone(context), messages);
      }

      @Override
      public boolean isCacheable(String name) {
        return true;
      }
    };
  }

  private static ZoneId zone(IExpressionContext context) {
    if (context.getVariable(TIME_ZONE) instanceof ZoneId mailReader) {
      return mailReader;
    }
    LocaleContext page = LocaleContextHolder.getLocaleContext();
    if (page instanceof TimeZoneAwareLocaleContext zoned && zoned.getTimeZone() != null) {
      return zoned.getTimeZone().toZoneId();
    }
    return ZoneOffset.UTC;
  }
}
