package org.pmc.notification.internal;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pmc.notification.SignUpMails;
import org.springframework.stereotype.Component;

/** "Send the confirmation or tell the owner" of {@code sign-up-mail}; the business key is the request's id. */
@Component("sendSignUpMail")
class SendSignUpMail implements JavaDelegate {

  private final SignUpMails mails;

  SendSignUpMail(SignUpMails mails) {
    this.mails = mails;
  }

  @Override
  public void execute(DelegateExecution execution) {
    mails.send((String) execution.getVariable("kind"), UUID.fromString(execution.getProcessBusinessKey()),
        (String) execution.getVariable("language"));
  }
}
