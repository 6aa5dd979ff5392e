package org.pmc.notification;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.pmc.web.Languages;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * R-PPL-7, issue 14: the mails of public sign-up requests leave from the asynchronous step of a
 * {@code sign-up-mail} instance, started in the transaction that stores the request. The request does the same
 * work whether its address is free or taken (which mail goes is decided in the job, out of the requester's
 * sight), and a failing SMTP server is retried by the job executor like every other mail, never lost.
 */
@Service
public class SignUpMails {

  static final String PROCESS = "sign-up-mail";

  private final RuntimeService runtime;
  private final Map<String, SignUpMail> byKind;

  SignUpMails(RuntimeService runtime, List<SignUpMail> mails) {
    this.runtime = runtime;
    this.byKind = mails.stream().collect(Collectors.toMap(SignUpMail::kind, Function.identity()));
  }

  /**
   * In the caller's transaction: the request and the instance that mails it commit together. The instance keeps
   * the language of the page the request came from (a string variable), for the mail its job sends later.
   */
  public void start(String kind, UUID requestId) {
    if (!byKind.containsKey(kind)) {
      throw new IllegalArgumentException("No sign-up mail of kind " + kind);
    }
    String language = Languages.orDefault(LocaleContextHolder.getLocale().getLanguage()).getLanguage();
    runtime.startProcessInstanceByKey(PROCESS, requestId.toString(), Map.of("kind", kind, "language", language));
  }

  /** The process step; {@code language} as {@link #start} kept it (null for an instance started before: English). */
  public void send(String kind, UUID requestId, String language) {
    byKind.get(kind).send(requestId, Languages.orDefault(language));
  }
}
