package org.pmc.web.internal;

import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.spring6.context.IThymeleafBindStatus;
import org.thymeleaf.spring6.processor.AbstractSpringFieldTagProcessor;
import org.thymeleaf.spring6.util.FieldUtils;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * WCAG 2.1 (3.3.1, 4.1.2): a form field whose value was refused says so to a screen reader, {@code aria-invalid}
 * and {@code aria-describedby} pointing at its message, which {@code fragments/forms :: fieldError} writes with
 * the id {@link #errorId}. Runs on every {@code th:field} just before Spring's own processor, and leaves the
 * attribute to it.
 */
final class FieldErrorAria extends AbstractAttributeTagProcessor {

  FieldErrorAria(String prefix) {
    super(TemplateMode.HTML, prefix, null, false, AbstractSpringFieldTagProcessor.ATTR_NAME, true,
        AbstractSpringFieldTagProcessor.ATTR_PRECEDENCE - 1, false);
  }

  /** The id of a field's error message: {@code emails-error}, {@code address-city-error}. */
  static String errorId(String path) {
    return path.replaceAll("[^A-Za-z0-9_-]", "-") + "-error";
  }

  @Override
  protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
      String attributeValue, IElementTagStructureHandler structure) {
    IThymeleafBindStatus field = FieldUtils.getBindStatus(context, attributeValue);
    if (field.isError()) {
      structure.setAttribute("aria-invalid", "true");
      structure.setAttribute("aria-describedby", errorId(field.getExpression()));
    }
  }
}
