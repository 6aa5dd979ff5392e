package org.pmc.notification.internal;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /dev/mailbox}: every mail the embedded SMTP server caught, newest first, with its links, so a
 * new user can play the customer's part. Demo mode only, off as soon as a real SMTP server is configured, and
 * only for a browser on the same machine: the links in it answer for anyone's invitations (issue 13).
 */
@Controller
@ConditionalOnExpression("'${pmc.mode:}' == 'demo' && '${spring.mail.host:}'.isEmpty()")
class DevMailboxController {

  private static final Pattern LINK = Pattern.compile("https?://[^\\s\"'<>]+");

  private final GreenMail server;

  DevMailboxController(GreenMail server) {
    this.server = server;
  }

  @GetMapping("/dev/mailbox")
  String mailbox(Model model, HttpServletRequest request) throws MessagingException {
    if (!fromThisMachine(request)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    List<CaughtMail> mails = new ArrayList<>(Arrays.stream(server.getReceivedMessages())
        .map(DevMailboxController::caught)
        .toList());
    Collections.reverse(mails);
    model.addAttribute("mails", mails);
    return "dev/mailbox";
  }

  private static boolean fromThisMachine(HttpServletRequest request) {
    try {
      return InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress();
    } catch (UnknownHostException unparsable) {
      return false;
    }
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
