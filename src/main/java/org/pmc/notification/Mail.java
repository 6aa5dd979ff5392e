package org.pmc.notification;

import java.util.Map;

/**
 * One email: {@code template} names {@code templates/mail/<template>.html} and {@code .txt}, both
 * rendered with {@code model}.
 */
public record Mail(String to, String subject, String template, Map<String, Object> model) {}
