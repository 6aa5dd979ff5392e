package org.pmc.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /dev/mailbox}: every mail the embedded SMTP server caught, newest first, with its links, so a
 * new user can play the customer's part. Off as soon as a real SMTP server is configured.
 */
@Controller
@ConditionalOnExpression("'${spring.mail.host:}'.isEmpty()")
class DevMailboxController {

  private static final Pattern LINK = Pattern.compile("https?://[^\\s\"'<>]+");

  private final GreenMail server;

  DevMailboxController(GreenMail server) {
    this.server = server;
  }

  @GetMapping("/dev/mailbox")
  String mailbox(Model model) throws MessagingException {
    List<CaughtMail> mails = new ArrayList<>(Arrays.stream(server.getReceivedMessages())
        .map(DevMailboxController::caught)
        .toList());
    Collections.reverse(mails);
    model.addAttribute("mails", mails);
    return "dev/mailbox";
  }

  private static CaughtMail caught(MimeMessage message) {
    try {
      String body = GreenMailUtil.getBody(message);
      String to = Arrays.toString(message.getAllRecipients());
      return new CaughtMail(message.getSentDate() == null ? "" : message.getSentDate().toInstant().toString(),
          to.substring(1, to.length() - 1), message.getSubject(), links(body));
    } catch (MessagingException e) {
      return new CaughtMail("", "", "(unreadable message)", List.of());
    }
  }

  private static List<String> links(String body) {
    String decoded = body.replace("=\r\n", "").replace("=3D", "=");
    Matcher matcher = LINK.matcher(decoded);
    return matcher.results().map(MatchResult::group).distinct().toList();
  }

  record CaughtMail(String sentAt, String to, String subject, List<String> links) {}
}
