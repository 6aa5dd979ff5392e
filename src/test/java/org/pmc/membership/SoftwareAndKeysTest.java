package org.pmc.membership;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.pmc.TestPartners.Partner;
import org.pmc.TestPartners;
import org.pmc.web.ProblemType;
import org.springframework.beans.factory.annotation.Autowired;

/** Software downloads and product keys need the caller's own privilege (R-SW-1), and list what the level has (R-SW-2). */
class SoftwareAndKeysTest extends IntegrationTest {

  private static final String KEY = "[BCDFGHJKMPQRTVWXY2346789]{5}(-[BCDFGHJKMPQRTVWXY2346789]{5}){4}";

  @Autowired
  TestPartners partners;

  Partner partner;
  Http admin;

  @BeforeEach
  void actionPackMember() {
    partner = partners.register("SE");
    admin = new Http(port).as(partner.adminEmail(), TestPartners.PASSWORD);
    assertThat(new Http(port).asCamundaAdmin().put("/api/admin/organizations/" + partner.organizationId()
        + "/membership", "{\"level\": \"ACTION_PACK\"}").status()).isEqualTo(200);
  }

  @Test
  @DisplayName("R-SW-1: without SOFTWARE_DOWNLOAD even a global admin gets 403 with the rule; with it at the HQ, the list")
  void softwareNeedsTheDownloadPrivilege() {
    Http.Response refused = admin.get(org("/software"));
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    assertThat(refused.problemType()).contains(ProblemType.FORBIDDEN);
    assertThat(refused.json().get("rule").asText()).isEqualTo("R-SW-1");
    assertThat(refused.json().get("detail").asText()).contains("SOFTWARE_DOWNLOAD");
    assertThat(admin.get(org("/software/" + WINDOWS_10 + "/download")).json().get("rule").asText())
        .isEqualTo("R-SW-1");

    grant("SOFTWARE_DOWNLOAD", partner.hqLocationId());

    Http.Response listed = admin.get(org("/software"));
    assertThat(listed.status()).isEqualTo(200);
    JsonNode windows = product(listed.json().get("software"), "Windows 10 Enterprise");
    assertThat(windows.get("languages").size()).isGreaterThan(1);
    assertThat(windows.get("operatingSystems").size()).isGreaterThan(0);
    assertThat(windows.get("systemRequirements").asText()).isNotBlank();
    assertThat(windows.get("specialInstructions").asText()).isNotBlank();
    assertThat(windows.get("delivery").asText()).isEqualTo("ON_PREMISES");
    assertThat(admin.get(org("/software?locationId=" + partner.hqLocationId())).status()).isEqualTo(200);
  }

  @Test
  @DisplayName("R-SW-1: the privilege counts at the location asked about; a location of another organization is 400")
  void thePrivilegeIsCheckedAtTheGivenLocation() {
    String branch = admin.post(org("/locations"), """
        {"name": "Branch", "country": "SE", "parentId": "%s"}""".formatted(partner.hqLocationId()))
        .json().get("id").asText();
    grant("SOFTWARE_DOWNLOAD", partner.hqLocationId());

    Http.Response atBranch = admin.get(org("/software?locationId=" + branch));
    assertThat(atBranch.status()).isEqualTo(403);
    assertThat(atBranch.json().get("rule").asText()).isEqualTo("R-SW-1");
    assertThat(atBranch.json().get("detail").asText()).contains("Branch");
    Partner other = partners.register("SE");
    Http.Response foreign = admin.get(org("/software?locationId=" + other.hqLocationId()));
    assertThat(foreign.status()).isEqualTo(400);
    assertThat(foreign.json().get("errors").get(0).get("field").asText()).isEqualTo("locationId");
  }

  @Test
  @DisplayName("R-SW-2: on-premises software of the level only; online services apart; filters by product, category and delivery")
  void softwareIsFilteredAndOnlineServicesAreApart() {
    grant("SOFTWARE_DOWNLOAD", partner.hqLocationId());

    JsonNode all = admin.get(org("/software")).json();
    assertThat(names(all.get("software"))).contains("Windows 10 Enterprise", "Visual Studio Professional 2015",
        "Office Professional Plus 2016", "Windows Server 2016 Standard")
        .doesNotContain("Project Professional 2016", "System Center 2016 Datacenter", "Office 365 E3");
    assertThat(all.get("software").findValuesAsText("delivery")).containsOnly("ON_PREMISES");
    assertThat(names(all.get("onlineServices"))).contains("Office 365 E3", "Dynamics CRM Online Professional",
        "Enterprise Mobility Suite", "Microsoft Azure monthly credit");
    assertThat(all.get("onlineServices").findValuesAsText("delivery")).containsOnly("ONLINE_SERVICE");

    assertThat(names(admin.get(org("/software?product=VISUAL")).json().get("software")))
        .containsExactly("Visual Studio Professional 2015");
    JsonNode servers = admin.get(org("/software?category=servers")).json();
    assertThat(names(servers.get("software"))).containsExactlyInAnyOrder("Windows Server 2016 Standard",
        "SQL Server 2016 Standard");
    assertThat(servers.get("onlineServices")).isEmpty();
    JsonNode online = admin.get(org("/software?delivery=ONLINE_SERVICE")).json();
    assertThat(online.get("software")).isEmpty();
    assertThat(online.get("onlineServices")).hasSize(4);
    assertThat(admin.get(org("/software?delivery=FLOPPY")).status()).isEqualTo(400);

    new Http(port).asCamundaAdmin().put("/api/admin/organizations/" + partner.organizationId()
        + "/membership", "{\"level\": \"SILVER\"}");
    assertThat(names(admin.get(org("/software?category=Applications")).json().get("software")))
        .contains("Project Professional 2016", "Visio Professional 2016");
  }

  @Test
  @DisplayName("R-SW-2, R-MEM-2: a download names the languages and systems; online services and higher levels have none")
  void downloads() {
    grant("SOFTWARE_DOWNLOAD", partner.hqLocationId());

    Http.Response download = admin.get(org("/software/" + WINDOWS_10 + "/download"));
    assertThat(download.status()).isEqualTo(200);
    JsonNode body = download.json();
    assertThat(body.get("productId").asText()).isEqualTo(WINDOWS_10);
    assertThat(body.get("name").asText()).isEqualTo("Windows 10 Enterprise");
    assertThat(body.get("url").asText()).startsWith("https://downloads.pmc.example/");
    assertThat(body.get("languages").size()).isGreaterThan(1);
    assertThat(body.get("operatingSystems").size()).isGreaterThan(0);

    String office365 = id(admin.get(org("/software")).json().get("onlineServices"), "Office 365 E3");
    Http.Response online = admin.get(org("/software/" + office365 + "/download"));
    assertThat(online.status()).isEqualTo(409);
    assertThat(online.json().get("rule").asText()).isEqualTo("R-SW-2");
    Http.Response higher = admin.get(org("/software/" + SYSTEM_CENTER + "/download"));
    assertThat(higher.status()).isEqualTo(409);
    assertThat(higher.json().get("rule").asText()).isEqualTo("R-MEM-2");
    assertThat(admin.get(org("/software/" + UUID.randomUUID() + "/download")).status()).isEqualTo(404);
  }

  @Test
  @DisplayName("R-SW-1: product keys need PRODUCT_KEYS; once issued a key stays the same")
  void productKeys() {
    grant("SOFTWARE_DOWNLOAD", partner.hqLocationId());
    Http.Response refused = admin.get(org("/product-keys"));
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.json().get("rule").asText()).isEqualTo("R-SW-1");
    assertThat(refused.json().get("detail").asText()).contains("PRODUCT_KEYS");

    grant("PRODUCT_KEYS", partner.hqLocationId());

    JsonNode first = admin.get(org("/product-keys")).json();
    JsonNode second = admin.get(org("/product-keys")).json();
    assertThat(names(first)).contains("Windows 10 Enterprise", "Office Professional Plus 2016")
        .doesNotContain("Visual Studio Professional 2015", "Office 365 E3", "Project Professional 2016");
    assertThat(first.findValuesAsText("key")).allMatch(key -> key.matches(KEY));
    assertThat(second).isEqualTo(first);
    assertThat(admin.get(org("/activity?type=PRODUCT_KEY_ISSUED")).json()).hasSize(first.size());

    Partner other = partners.register("SE");
    assertThat(admin.get("/api/organizations/" + other.organizationId() + "/product-keys").status()).isEqualTo(403);
    assertThat(admin.get("/api/organizations/" + other.organizationId() + "/software").status()).isEqualTo(403);
  }

  @Test
  @DisplayName("R-SW-1, R-SW-3: the portal pages name a missing privilege, then show software, statement and keys")
  void portalPages() {
    Http portal = signIn();

    Http.Response withoutPrivilege = portal.get("/portal/software");
    assertThat(withoutPrivilege.status()).isEqualTo(200);
    assertThat(withoutPrivilege.body()).contains("Software download privilege").doesNotContain("Windows 10 Enterprise");
    Http.Response licenses = portal.get("/portal/licenses");
    assertThat(licenses.status()).isEqualTo(200);
    assertThat(licenses.body()).contains("Additional Benefit Toolkits (ABTKs)", "Action Pack",
        "Windows 10 Enterprise (internal use)", "Product keys privilege", "href=\"/portal/licenses\"",
        "href=\"/portal/software\"");

    grant("SOFTWARE_DOWNLOAD", partner.hqLocationId());
    grant("PRODUCT_KEYS", partner.hqLocationId());

    Http.Response software = portal.get("/portal/software?product=windows&category=&locationId=");
    assertThat(software.status()).isEqualTo(200);
    assertThat(software.body()).contains("Windows 10 Enterprise", "Windows Server 2016 Standard")
        .doesNotContain("Visual Studio Professional 2015");
    Http.Response download = portal.get("/portal/software/" + WINDOWS_10 + "/download");
    assertThat(download.status()).isEqualTo(302);
    assertThat(download.header("Location")).startsWith("https://downloads.pmc.example/");
    String key = admin.get(org("/product-keys")).json().get(0).get("key").asText();
    assertThat(portal.get("/portal/licenses").body()).contains(key);
  }

  private static final String WINDOWS_10 = "e7669ae0-d667-45fa-8ad5-dd73ea486ddf";
  private static final String SYSTEM_CENTER = "dcb7b048-db1b-486d-8232-011b1ccf34b0";

  private Http signIn() {
    Http portal = new Http(port);
    Http.Response login = portal.get("/portal/login");
    assertThat(portal.postForm("/portal/login", Map.of("username", partner.adminEmail(),
        "password", TestPartners.PASSWORD, "_csrf", login.csrfToken())).status()).isEqualTo(302);
    return portal;
  }

  private void grant(String privilege, UUID location) {
    assertThat(admin.put(org("/locations/" + location + "/privileges/" + partner.adminId() + "/" + privilege), "")
        .status()).isEqualTo(200);
  }

  private String org(String path) {
    return "/api/organizations/" + partner.organizationId() + path;
  }

  private static List<String> names(JsonNode products) {
    List<String> names = new ArrayList<>();
    products.forEach(product -> names.add(product.get("name").asText()));
    return names;
  }

  private static JsonNode product(JsonNode products, String name) {
    for (JsonNode product : products) {
      if (product.get("name").asText().equals(name)) {
        return product;
      }
    }
    throw new AssertionError("No " + name + " in " + products);
  }

  private static String id(JsonNode products, String name) {
    return product(products, name).get("id").asText();
  }
}
