package org.pmc.notification;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * R-PPL-7 (issue 14): the mails of a public sign-up (a registration, an association request) are decided and sent
 * after the request's transaction commits, on a thread of their own. The request itself then does the same work
 * whether the address is free or taken, and answers as fast either way: which mail goes (a confirmation link or
 * "you already have an account") is decided here, out of the requester's sight. A mail lost to an SMTP outage
 * or a restart is not retried: nothing was reserved, and the requester asks again.
 */
@Component
public class MailAfterCommit implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(MailAfterCommit.class);
  /** Public sign-ups are rate limited per client; the queue only absorbs bursts (a full one drops and logs). */
  private static final int QUEUE = 10_000;

  private final ThreadPoolExecutor executor;

  MailAfterCommit() {
    AtomicInteger threads = new AtomicInteger();
    this.executor = new ThreadPoolExecutor(2, 2, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE), runnable -> {
      Thread thread = new Thread(runnable, "sign-up-mail-" + threads.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }, (dropped, pool) -> log.error("Sign-up mail queue full: a mail was not sent"));
  }

  /** Runs {@code mailing} once the current transaction has committed (at once without one), never on this thread. */
  public void run(String what, Runnable mailing) {
    Runnable logged = () -> {
      try {
        mailing.run();
      } catch (RuntimeException e) {
        log.warn("Sign-up mail '{}' not sent: {}", what, e.toString());
      }
    };
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      executor.execute(logged);
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        executor.execute(logged);
      }
    });
  }

  @Override
  public void destroy() throws InterruptedException {
    executor.shutdown();
    executor.awaitTermination(10, TimeUnit.SECONDS);
  }
}
