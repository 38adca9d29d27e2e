package org.letstalk.notice;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Email notices: the address links in them start with ({@code base-url}, as people reach the application), who they
 * come from, and how many times a notice is tried while the mail server refuses it. The mail server itself is Spring
 * Boot's {@code spring.mail.*}; without {@code spring.mail.host} notices are written to the log instead of sent.
 */
@ConfigurationProperties("letstalk.notices")
public record NoticeProperties(
    @DefaultValue("http://localhost:8080") String baseUrl,
    @DefaultValue("Let's Talk <no-reply@letstalk.invalid>") String from,
    @DefaultValue("50") int maxAttempts) {
}
