package org.pmc.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.pmc.ReaderForms;
import org.pmc.TestPartners.Partner;
import org.pmc.TestPartners;
import org.pmc.ordering.internal.BillingProperties;
import org.pmc.ordering.internal.InvoiceDocument;
import org.pmc.ordering.internal.InvoiceView;
import org.pmc.ordering.internal.Invoices;
import org.pmc.ordering.internal.Money;
import org.pmc.ordering.internal.OrderType;
import org.pmc.organization.OrganizationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/** R-ABTK-19: numbered invoices and their PDF document, over the API and from the portal. */
class InvoiceDocumentTest extends IntegrationTest {

  @Autowired
  TestPartners partners;
  @Autowired
  Invoices invoices;
  @Autowired
  InvoiceDocument invoiceDocument;
  @Autowired
  PlatformTransactionManager transactions;
  @Autowired
  Clock clock;
  @Autowired
  OrganizationService organizations;
  @Autowired
  BillingProperties billing;
  @Autowired
  TemplateEngine templates;

  Partner partner;
  Http admin;

  @BeforeEach
  void germanNetworkMember() {
    partner = partners.register("DE");
    admin = new Http(port).as(partner.adminEmail(), TestPartners.PASSWORD);
  }

  @Test
  @DisplayName("R-ABTK-19: an order's invoice has a number of this year; its PDF names it with the amount, the partner and how to pay")
  void invoicePdf() throws IOException {
    JsonNode invoice = actionPackInvoice();
    String number = invoice.get("number").asText();
    assertThat(number).matches("PMC-" + LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).getYear() + "-\\d{6}");
    assertThat(invoice.get("pdfUrl").asText()).isEqualTo(org("/invoices/" + invoice.get("id").asText() + "/pdf"));

    HttpResponse<byte[]> pdf = admin.download(invoice.get("pdfUrl").asText());
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(pdf.headers().firstValue("Content-Disposition")).hasValueSatisfying(
        disposition -> assertThat(disposition).contains(number + ".pdf"));
    assertThat(text(pdf.body())).contains("Invoice " + number, "€437.00", partner.name(),
        "Partner number " + partner.partnerNumber(), "IBAN", "quoting the invoice number " + number,
        ReaderForms.english(LocalDate.parse(invoice.get("dueDate").asText())));
  }

  @Test
  @DisplayName("R-ABTK-19: the PDF bills the organization's billing address and VAT id")
  void billToBillingAddressAndVatId() throws IOException {
    assertThat(admin.put(org("/profile"), """
        {"name": "Fabrikam GmbH", "vatId": "DE123456789", "billingAddress": {"line1": "Unter den Linden 1",
         "line2": "Floor 3", "city": "Berlin", "postalCode": "10117", "region": "Berlin", "country": "DE"}}""")
        .status()).isEqualTo(200);

    assertThat(text(admin.download(actionPackInvoice().get("pdfUrl").asText()).body())).contains("Bill to",
        "Fabrikam GmbH", "Unter den Linden 1", "Floor 3", "10117 Berlin", "VAT id: DE123456789")
        .doesNotContain("1 Main Street");
  }

  @Test
  @DisplayName("R-ABTK-19: without a billing address the PDF bills the HQ's postal address, and says there is no VAT id")
  void billToHeadquartersWithoutVatId() throws IOException {
    assertThat(text(admin.download(actionPackInvoice().get("pdfUrl").asText()).body())).contains("Bill to",
        TestPartners.ADDRESS.line1(), TestPartners.ADDRESS.postalCode() + " " + TestPartners.ADDRESS.city(),
        "VAT id: —");
  }

  @Test
  @DisplayName("R-ABTK-19: the portal's Invoices page shows the number and offers the PDF of the organization's own invoices only")
  void portalPdf() throws IOException {
    JsonNode invoice = actionPackInvoice();
    Http browser = new Http(port).signIn(partner.adminEmail(), TestPartners.PASSWORD);
    assertThat(browser.get("/portal/invoices").page().select("table.invoices td.number").text())
        .isEqualTo(invoice.get("number").asText());
    String pdf = "/portal/invoices/" + invoice.get("id").asText() + "/pdf";
    assertThat(text(browser.download(pdf).body())).contains(invoice.get("number").asText());

    Partner other = partners.register("DE");
    Http otherBrowser = new Http(port).signIn(other.adminEmail(), TestPartners.PASSWORD);
    assertThat(otherBrowser.download(pdf).statusCode()).isEqualTo(404);
    assertThat(new Http(port).as(other.adminEmail(), TestPartners.PASSWORD)
        .download("/api/organizations/" + other.organizationId() + "/invoices/" + invoice.get("id").asText() + "/pdf")
        .statusCode()).isEqualTo(404);
  }

  @Test
  @DisplayName("R-ABTK-19: numbers are gap-free: an invoice rolled back with its order gives its number back")
  void gapFreeNumbers() {
    TransactionTemplate transaction = new TransactionTemplate(transactions);
    String rolledBack = transaction.execute(status -> {
      status.setRollbackOnly();
      return open().number();
    });
    String next = transaction.execute(status -> open().number());
    String after = transaction.execute(status -> open().number());
    assertThat(next).isEqualTo(rolledBack);
    assertThat(sequence(after)).isEqualTo(sequence(next) + 1);
  }

  /** The document as {@link org.pmc.ordering.internal.InvoiceDocument} renders it, in the reader's language. */
  @Test
  @DisplayName("R-ABTK-19: the invoice PDF in German: its headings, German dates and the amount as 437,00 €")
  void documentInGerman() throws IOException {
    InvoiceView invoice = open();

    String text = text(pdf(document(invoice, Locale.GERMAN))).replaceAll("\\h+", " "); // 437,00 € keeps together

    assertThat(text).contains("Rechnung " + invoice.number(), "437,00 €", "Rechnung an", "Summe", "So bezahlen Sie",
        "Ausgestellt am " + LocalDate.ofInstant(invoice.issuedAt(), ZoneOffset.UTC)
            .format(DateTimeFormatter.ofPattern("dd.MM.yyyy")),
        "fällig am " + invoice.dueDate().format(DateTimeFormatter.ofPattern("dd.MM.yyyy")))
        .doesNotContain("Bill to", "How to pay", "??");
  }

  /**
   * The texts of the Japanese document. Its PDF needs a font with Japanese glyphs, which the renderer does not
   * have yet (it draws "#" for each): so this reads the page the PDF is made of.
   */
  @Test
  @DisplayName("R-ABTK-19: the invoice document in Japanese: its headings, a Japanese date and the amount")
  void documentInJapanese() {
    InvoiceView invoice = open();

    String html = document(invoice, Locale.JAPANESE);

    assertThat(html).contains("請求書 " + invoice.number(), "€437.00", "請求先", "合計", "お支払い方法",
        "支払期日 " + invoice.dueDate().format(DateTimeFormatter.ofPattern("yyyy/MM/dd")))
        .doesNotContain("Bill to", "??");
  }

  @Test
  @DisplayName("R-ABTK-19: a Japanese reader's invoice PDF is in English, readable, rather than in glyphs its fonts lack")
  void japanesePdfIsWrittenInEnglish() throws IOException {
    InvoiceView invoice = open();

    String text = text(invoiceDocument.render(partner.organizationId(), invoice.id(), Locale.JAPANESE).content());

    assertThat(text).contains("Bill to", "How to pay").doesNotContain("#");
  }

  private String document(InvoiceView invoice, Locale language) {
    Map<String, Object> model = new HashMap<>(Map.of("invoice", invoice, "billing", billing,
        "organization", organizations.organization(partner.organizationId())));
    return templates.process("ordering/invoice-document", new Context(language, model));
  }

  private static byte[] pdf(String html) throws IOException {
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    new PdfRendererBuilder().useFastMode().withHtmlContent(html, null).toStream(pdf).run();
    return pdf.toByteArray();
  }

  private InvoiceView open() {
    return invoices.open(partner.organizationId(), OrderType.ACTION_PACK, UUID.randomUUID(),
        new Money(new BigDecimal("437.00"), "EUR"), "Action Pack");
  }

  private static int sequence(String number) {
    return Integer.parseInt(number.substring(number.lastIndexOf('-') + 1));
  }

  private JsonNode actionPackInvoice() {
    assertThat(admin.post(org("/membership/action-pack"), "").status()).isEqualTo(201);
    return admin.get(org("/invoices")).json().get(0);
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true); // in reading order, as a person reads the page
      return stripper.getText(document).replaceAll("\\s+", " ");
    }
  }

  private String org(String path) {
    return "/api/organizations/" + partner.organizationId() + path;
  }
}
