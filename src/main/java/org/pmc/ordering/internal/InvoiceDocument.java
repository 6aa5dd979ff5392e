package org.pmc.ordering.internal;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.pmc.ordering.internal.BillingProperties;
import org.pmc.organization.OrganizationService;
import org.pmc.organization.OrganizationView;
import org.pmc.organization.PostalAddress;
import org.pmc.web.Languages;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * R-ABTK-19: the invoice as a PDF document, rendered from the Thymeleaf page {@code ordering/invoice-document}:
 * seller, buyer (billing address and VAT id), what it is for, amount, tax note, due date and how to pay by bank transfer.
 */
@Component
public class InvoiceDocument {

  private static final Set<String> LATIN_SCRIPT = Set.of("en", "de", "fr", "es");

  private final Invoices invoices;
  private final OrganizationService organizations;
  private final BillingProperties billing;
  private final TemplateEngine templates;

  InvoiceDocument(Invoices invoices, OrganizationService organizations, BillingProperties billing,
      TemplateEngine templates) {
    this.invoices = invoices;
    this.organizations = organizations;
    this.billing = billing;
    this.templates = templates;
  }

  /**
   * The organization's invoice as a PDF in {@code language} (the reader's: the page's for a download, the
   * recipient's for a mail); 404 for another organization's invoice.
   */
  public Pdf render(UUID organizationId, UUID invoiceId, Locale language) {
    return render(organizationId, invoiceId, language, null);
  }

  /**
   * The same for a mail's attachment: in its reader's language and, when they chose one, time zone (a page takes
   * the signed-in person's zone itself).
   */
  public Pdf render(UUID organizationId, UUID invoiceId, Locale language, ZoneId timeZone) {
    InvoiceView invoice = invoices.invoice(organizationId, invoiceId);
    OrganizationView organization = organizations.organization(organizationId);
    Map<String, Object> model = new HashMap<>(Map.of("invoice", invoice, "organization", organization,
        "billing", billing));
    model.put("billTo", billTo(organization));
    if (timeZone != null) {
      model.put("timeZone", timeZone); // #fmt writes times in it
    }
    String html = templates.process("ordering/invoice-document", new Context(written(language), model));
    try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
      new PdfRendererBuilder().useFastMode().withHtmlContent(html, null).toStream(pdf).run();
      return new Pdf(invoice.number() + ".pdf", pdf.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException("Invoice " + invoice.number() + " could not be rendered", e);
    }
  }

  /**
   * The PDF's language: the reader's, unless its script needs glyphs the renderer's built-in fonts (Latin only)
   * do not have; then English, which every reader of a Japanese portal can read, rather than a page of "#".
   */
  static Locale written(Locale language) {
    return LATIN_SCRIPT.contains(language.getLanguage()) ? language : Languages.DEFAULT;
  }

  /** R-ABTK-19: the organization's billing address; without one, its HQ's postal address; null if neither. */
  private PostalAddress billTo(OrganizationView organization) {
    return organization.billingAddress() != null ? organization.billingAddress()
        : organizations.location(organization.id(), organization.hqLocationId()).address();
  }

  /** A rendered document and the file name it is offered under. */
  public record Pdf(String fileName, byte[] content) {}
}
