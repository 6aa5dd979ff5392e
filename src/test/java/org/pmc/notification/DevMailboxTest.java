package org.pmc.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pmc.Http;
import org.pmc.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The caught-mail page of demo mode answers a browser on this machine and nobody else (issue 13). */
class DevMailboxTest extends IntegrationTest {

  @Autowired
  WebApplicationContext web;

  @Test
  @DisplayName("Issue 13: /dev/mailbox shows caught mail to a browser on this machine")
  void answersThisMachine() {
    Http.Response page = new Http(port).get("/dev/mailbox");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("Every email the app sent");
  }

  @Test
  @DisplayName("Issue 13: /dev/mailbox is 404 for a request from another machine")
  void isNotFoundFromElsewhere() throws Exception {
    int status = MockMvcBuilders.webAppContextSetup(web).build()
        .perform(get("/dev/mailbox").with(request -> {
          request.setRemoteAddr("203.0.113.7");
          return request;
        }))
        .andReturn().getResponse().getStatus();

    assertThat(status).isEqualTo(404);
  }
}
