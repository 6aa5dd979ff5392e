package org.pmc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.pmc.web.ProblemType;

/**
 * A real HTTP client against the running app, like a browser or an integration would be: cookies are
 * kept (a session for the portal and the customer page), the API is called with HTTP Basic.
 */
public class Http {

  /** The Camunda admin's password in the tests (application-test.yml), under the staff password policy. */
  public static final String CAMUNDA_ADMIN_PASSWORD = "operator-test-secret";
  /** The session cookie (Spring Session's name), shared by the portal and the Camunda webapps. */
  public static final String SESSION_COOKIE = "SESSION";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String base;
  private final CookieManager cookies;
  private final HttpClient client;
  private String basic;
  private String csrf;
  private String forwardedFor;
  private String acceptLanguage;

  public Http(int port) {
    this(port, new CookieManager());
  }

  private Http(int port, CookieManager cookies) {
    this.base = "http://localhost:" + port;
    this.cookies = cookies;
    this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /** The same browser (its cookies, so its session) talking to another node of a cluster. */
  public Http sameBrowserOn(int port) {
    Http other = new Http(port, cookies);
    other.csrf = csrf;
    return other;
  }

  public Http as(String user, String password) {
    this.basic = "Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return this;
  }

  /** HTTP Basic as the Camunda admin (user {@code admin}), who may call the staff API and engine REST. */
  public Http asCamundaAdmin() {
    return as("admin", CAMUNDA_ADMIN_PASSWORD);
  }

  /**
   * Every request as if from this client address, through a proxy that says so in X-Forwarded-For; only a
   * context that trusts the header (server.forward-headers-strategy) takes it for the address.
   */
  public Http from(String address) {
    this.forwardedFor = address;
    return this;
  }

  /** Every request asks for these languages, as a browser set to them does ({@code "ja, en;q=0.5"}). */
  public Http speaking(String languages) {
    this.acceptLanguage = languages;
    return this;
  }

  public Response get(String path) {
    return send(request(path).GET());
  }

  /** A download (a PDF, a CSV) as the bytes it is, with its headers. */
  public HttpResponse<byte[]> download(String path) {
    return exchange(request(path).GET(), HttpResponse.BodyHandlers.ofByteArray());
  }

  public Response post(String path, String json) {
    return send(request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** A JSON post with extra request headers (e.g. a webhook's X-Signature). */
  public Response post(String path, String json, Map<String, String> headers) {
    HttpRequest.Builder builder = request(path);
    headers.forEach(builder::header);
    return send(builder.header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /**
   * A post sent chunked: a stream's length is unknown to the client, so there is no Content-Length and the
   * server learns the size only by reading.
   */
  public Response postChunked(String path, String contentType, String body, Map<String, String> headers) {
    HttpRequest.Builder builder = request(path).version(HttpClient.Version.HTTP_1_1);
    headers.forEach(builder::header);
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return send(builder.header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes))));
  }

  public Response put(String path, String json) {
    return send(request(path).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Response delete(String path) {
    return send(request(path).DELETE());
  }

  /** A form post as a browser sends it. */
  public Response postForm(String path, Map<String, String> fields) {
    return postForm(path, fields, Map.of());
  }

  /** A form post with extra request headers (e.g. the Camunda webapp's X-XSRF-TOKEN). */
  public Response postForm(String path, Map<String, String> fields, Map<String, String> headers) {
    HttpRequest.Builder builder = request(path);
    headers.forEach(builder::header);
    String body = fields.entrySet().stream()
        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
        .collect(Collectors.joining("&"));
    return send(builder.header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** The value of a cookie this client holds, or null. */
  public String cookie(String name) {
    return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals(name))
        .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
  }

  /**
   * Signs in through the portal's login form as a browser does: the login page's CSRF token with the email
   * and password. Keeps the session cookie, and the CSRF token issued at sign-in for {@link #submit}.
   */
  public Http signIn(String email, String password) {
    Response login = get("/portal/login");
    Response signedIn = postForm("/portal/login", Map.of("username", email, "password", password,
        "_csrf", login.csrfToken()));
    if (signedIn.status() != 302 || !signedIn.header("Location").endsWith("/portal")) {
      throw new AssertionError("Sign-in of " + email + " failed: " + signedIn.status() + " to "
          + signedIn.header("Location"));
    }
    csrf = get("/portal").csrfToken();
    return this;
  }

  /** Signs in to one Camunda webapp as its login page does, the XSRF cookie sent back as a header. */
  public Response signInToCamunda(String app, String user, String password) {
    get("/camunda/app/" + app + "/");
    String xsrf = cookie("XSRF-TOKEN");
    return postForm("/camunda/api/admin/auth/user/default/login/" + app,
        Map.of("username", user, "password", password), xsrf == null ? Map.of() : Map.of("X-XSRF-TOKEN", xsrf));
  }

  /** A form on a portal page submitted in the signed-in session (the session's CSRF token added). */
  public Response submit(String path, Map<String, String> fields) {
    Map<String, String> withToken = new java.util.LinkedHashMap<>(fields);
    withToken.put("_csrf", csrf);
    return postForm(path, withToken);
  }

  /** Follows a redirect with a GET, as a browser does (the client itself never follows redirects). */
  public Response follow(Response redirect) {
    if (redirect.status() != 302 && redirect.status() != 303) {
      throw new AssertionError("Not a redirect but " + redirect.status() + ": " + redirect.body());
    }
    return get(redirect.redirectPath());
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
    if (basic != null) {
      builder.header("Authorization", basic);
    }
    if (forwardedFor != null) {
      builder.header("X-Forwarded-For", forwardedFor);
    }
    if (acceptLanguage != null) {
      builder.header("Accept-Language", acceptLanguage);
    }
    return builder;
  }

  private Response send(HttpRequest.Builder builder) {
    return new Response(exchange(builder, HttpResponse.BodyHandlers.ofString()));
  }

  private <T> HttpResponse<T> exchange(HttpRequest.Builder builder, HttpResponse.BodyHandler<T> body) {
    try {
      return client.send(builder.build(), body);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  public record Response(HttpResponse<String> raw) {

    public int status() {
      return raw.statusCode();
    }

    public String body() {
      return raw.body();
    }

    public JsonNode json() {
      try {
        return JSON.readTree(raw.body());
      } catch (IOException e) {
        throw new AssertionError("Not JSON: " + raw.body(), e);
      }
    }

    public String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    /** The kind of problem this problem+json answer names in its {@code type}; empty for a type not of ours. */
    public java.util.Optional<ProblemType> problemType() {
      String type = json().path("type").asText();
      return java.util.Arrays.stream(ProblemType.values()).filter(kind -> kind.uri().toString().equals(type))
          .findFirst();
    }

    /** The response's headers but its date, which moves with the clock: to compare two answers. */
    public java.util.Map<String, java.util.List<String>> headersButDate() {
      java.util.Map<String, java.util.List<String>> headers = new java.util.TreeMap<>(raw.headers().map());
      headers.remove("date");
      return headers;
    }

    /** The names of the cookies this response sets. */
    public java.util.List<String> cookiesSet() {
      return raw.headers().allValues("Set-Cookie").stream()
          .map(cookie -> cookie.substring(0, cookie.indexOf('='))).toList();
    }

    /** Where a redirect points, as a path with its query ("/portal/people?page=1"). */
    public String redirectPath() {
      String location = header("Location");
      if (location == null) {
        throw new AssertionError("No Location header on " + status());
      }
      URI uri = URI.create(location);
      return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** The page as a document, to select its parts like a reader sees them. */
    public org.jsoup.nodes.Document page() {
      return Jsoup.parse(raw.body());
    }

    /** The CSRF token of the first form on the page. */
    public String csrfToken() {
      return Jsoup.parse(raw.body()).select("input[name=_csrf]").attr("value");
    }
  }
}
