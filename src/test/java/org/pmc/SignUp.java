package org.pmc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;

/**
 * Signing up as a person does it since R-PPL-7 (issue 14): the public request answers 202, the link comes by mail,
 * and only its click, a page and then its <b>Confirm</b> form with the page's CSRF token, creates anything. Works
 * against the tests' application and against a separate app process with its own SMTP server.
 */
public final class SignUp {

  /** The registration's {@code /confirm/...} and the association request's {@code /join/...} links. */
  public static final String REGISTRATION = "/confirm/";
  public static final String ASSOCIATION = "/join/";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration MAIL_WAIT = Duration.ofSeconds(60);

  private final int port;
  private final Mailboxes mailboxes;
  private final Runnable sendMails;

  /** Against an application whose job executor sends the mails. */
  public SignUp(int port, GreenMail mailServer) {
    this(port, mailServer, () -> { });
  }

  /** Against an application whose job executor is off: {@code sendMails} runs the sign-up mail jobs while waiting. */
  public SignUp(int port, GreenMail mailServer, Runnable sendMails) {
    this.port = port;
    this.mailboxes = new Mailboxes(mailServer);
    this.sendMails = sendMails;
  }

  /** Runs the due jobs of {@code sign-up-mail} (and only those), as the job executor would. */
  public static void sendMails(ManagementService management) {
    management.createJobQuery().processDefinitionKey("sign-up-mail").executable().list()
        .forEach(job -> management.executeJob(job.getId()));
  }

  /**
   * Registers over the API, confirms through the mail's link and answers the organization as its new admin reads
   * it ({@code GET /api/organizations/{org}}: id, hqLocationId, partnerNumber, ...).
   */
  public JsonNode register(String name, String country, String firstName, String lastName, String email,
      String password) {
    Map<String, Object> admin = Map.of("firstName", firstName, "lastName", lastName, "email", email,
        "password", password);
    String link = requestAndAwaitLink(email, REGISTRATION, () -> expectConfirmationSent(new Http(port).post(
        "/api/organizations", json(Map.of("name", name, "country", country, "admin", admin)))));
    Http.Response confirmed = confirm(link);
    String organizationId = confirmed.page().select("#organization-id").text();
    if (confirmed.status() != 200 || organizationId.isEmpty()) {
      throw new AssertionError("Registration not confirmed: " + confirmed.status() + " " + confirmed.body());
    }
    return new Http(port).as(email, password).get("/api/organizations/" + organizationId).json();
  }

  /** Asks to join by partner number over the API and confirms through the mail's link: the person is REQUESTING. */
  public void requestAssociation(String partnerNumber, Object locationId, String firstName, String lastName,
      String email) {
    String link = requestAndAwaitLink(email, ASSOCIATION, () -> expectConfirmationSent(new Http(port).post(
        "/api/association-requests", associationRequest(partnerNumber, locationId, firstName, lastName, email))));
    Http.Response confirmed = confirm(link);
    if (confirmed.status() != 200) {
      throw new AssertionError("Association request not confirmed: " + confirmed.status() + " " + confirmed.body());
    }
  }

  /** The id of the person with this address, as an admin of the organization finds them. */
  public static UUID personId(Http admin, Object organizationId, String email) {
    JsonNode people = admin.get("/api/organizations/" + organizationId + "/people?email=" + email).json();
    return UUID.fromString(people.get(0).get("id").asText());
  }

  /** The body of {@code POST /api/association-requests}. */
  public static String associationRequest(String partnerNumber, Object locationId, String firstName,
      String lastName, String email) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("partnerNumber", partnerNumber);
    body.put("locationId", String.valueOf(locationId));
    body.put("firstName", firstName);
    body.put("lastName", lastName);
    body.put("email", email);
    return json(body);
  }

  /** Opens the link's page and presses its Confirm button, as a browser does (the page's CSRF token sent back). */
  public Http.Response confirm(String link) {
    String path = link.substring(link.indexOf('/', link.indexOf("//") + 2));
    Http browser = new Http(port);
    Http.Response page = browser.get(path);
    if (page.status() != 200) {
      return page;
    }
    return browser.postForm(path, Map.of("_csrf", page.csrfToken()));
  }

  /** Sends a request and waits for the new mail to this address with a link to {@code path}; the link. */
  public String requestAndAwaitLink(String email, String path, Runnable request) {
    int before = links(email, path).size();
    request.run();
    long deadline = System.nanoTime() + MAIL_WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      sendMails.run();
      List<String> links = links(email, path);
      if (links.size() > before) {
        return links.get(links.size() - 1);
      }
      pause();
    }
    throw new AssertionError("No mail with a " + path + " link to " + email + " within " + MAIL_WAIT);
  }

  /** The links to {@code path} in the mails this address received so far, oldest first. */
  public List<String> links(String email, String path) {
    Pattern link = Pattern.compile("https?://\\S+" + Pattern.quote(path) + "[A-Za-z0-9_\\-.]+");
    return mailboxes.of(email).stream().map(mail -> find(link, mail)).flatMap(Optional::stream).toList();
  }

  private static Optional<String> find(Pattern link, MimeMessage mail) {
    Matcher matcher = link.matcher(Mails.text(mail));
    return matcher.find() ? Optional.of(matcher.group()) : Optional.empty();
  }

  private static void expectConfirmationSent(Http.Response answer) {
    if (answer.status() != 202 || !answer.body().contains("CONFIRMATION_SENT")) {
      throw new AssertionError("Not accepted: " + answer.status() + " " + answer.body());
    }
  }

  private static String json(Map<String, Object> body) {
    try {
      return JSON.writeValueAsString(body);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void pause() {
    try {
      Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
