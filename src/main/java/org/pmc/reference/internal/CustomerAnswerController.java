package org.pmc.reference.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.pmc.notification.InvalidLink;
import org.pmc.reference.internal.CustomerAnswer;
import org.pmc.web.Languages;
import org.pmc.web.PageLanguage;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The page behind the link in the customer's email (R-REF-7). {@code GET} only shows, so link scanners
 * change nothing; the answer is a {@code POST} with the page's CSRF token.
 */
@Controller
class CustomerAnswerController {

  private final CustomerAnswers answers;

  CustomerAnswerController(CustomerAnswers answers) {
    this.answers = answers;
  }

  @GetMapping("/r/{token}")
  String show(@PathVariable String token, Model model, HttpServletRequest request) {
    return render(answers.view(token), token, model, request);
  }

  @PostMapping("/r/{token}")
  String answer(@PathVariable String token, @RequestParam(required = false) String answer, Model model,
      HttpServletRequest request) {
    CustomerAnswer parsed = parse(answer);
    if (parsed == null) {
      model.addAttribute("error", true); // the page asks to choose, in the customer's language
      return render(answers.view(token), token, model, request);
    }
    return render(answers.answer(token, parsed), token, model, request);
  }

  /** The customer reads the page, and what follows their answer, in the reference's contactLanguage. */
  private static String render(AnswerPage page, String token, Model model, HttpServletRequest request) {
    PageLanguage.use(request, Languages.orDefault(page.reference().contactLanguage()));
    model.addAttribute("page", page);
    model.addAttribute("token", token);
    return "customer/reference";
  }

  private static CustomerAnswer parse(String answer) {
    if (answer == null) {
      return null;
    }
    return switch (answer.toLowerCase(Locale.ROOT)) {
      case "confirm" -> CustomerAnswer.CONFIRM;
      case "decline" -> CustomerAnswer.DECLINE;
      default -> null;
    };
  }

  @ExceptionHandler(InvalidLink.class)
  String invalidLink(InvalidLink e, Model model, HttpServletResponse response) {
    response.setStatus(e.expired() ? HttpStatus.GONE.value() : HttpStatus.BAD_REQUEST.value());
    model.addAttribute("message", e.getMessage());
    model.addAttribute("messageKey", e.key());
    return "customer/invalid-link";
  }

  @ExceptionHandler(CustomerAnswers.UnknownReference.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String unknown(CustomerAnswers.UnknownReference e, Model model) {
    model.addAttribute("message", e.getMessage());
    model.addAttribute("messageKey", "customer.invalid.gone");
    return "customer/invalid-link";
  }
}
