package org.letstalk.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.letstalk.security.AuthenticatedUser;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on the POSTs that create something from outside (a contact, a concern): a client that
 * resends after a lost answer gets the first answer again, not a second record; the same key with another body is a
 * 422. Keys are the caller's own (per user and endpoint). A key whose first request is still running is a 409; one
 * left unanswered by a crash for longer than {@link #ABANDONED} is handled afresh.
 */
public class IdempotentRequests extends OncePerRequestFilter {

  static final String HEADER = "Idempotency-Key";
  static final Duration ABANDONED = Duration.ofMinutes(5);

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final ObjectMapper json = new ObjectMapper();

  public IdempotentRequests(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String key = request.getHeader(HEADER);
    AuthenticatedUser user = (AuthenticatedUser) request.getAttribute(AuthenticatedUser.ATTRIBUTE);
    if (key == null || !"POST".equals(request.getMethod()) || user == null) {
      chain.doFilter(request, response);
      return;
    }
    if (key.isBlank() || key.length() > 200 || UnstorableInput.hasControlCharacter(key)) {
      refuse(response, 400, "InputRejected", HEADER + ": is 1 to 200 characters of plain text");
      return;
    }
    byte[] body = request.getInputStream().readAllBytes();
    String hash = sha256(body);
    String endpoint = request.getRequestURI().substring(request.getContextPath().length());
    if (!claim(user.id(), endpoint, key, hash)) {
      List<Map<String, Object>> first = jdbc.queryForList("select request_hash, status, location, response_body "
          + "from idempotency_key where user_id = ? and endpoint = ? and idempotency_key = ?", user.id(), endpoint, key);
      if (first.isEmpty()) {
        refuse(response, 409, "Conflict", "a request with this " + HEADER + " was just being handled; send it again");
      } else if (!hash.equals(first.get(0).get("request_hash"))) {
        refuse(response, 422, "IdempotencyKeyReused",
            "this " + HEADER + " was used for a different request: use a new key for a new request");
      } else if (first.get(0).get("status") == null) {
        refuse(response, 409, "Conflict", "the first request with this " + HEADER + " is still being handled");
      } else {
        replay(response, first.get(0));
      }
      return;
    }
    ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
    boolean kept = false;
    try {
      chain.doFilter(new ReadAgain(request, body), answer);
      if (answer.getStatus() >= 200 && answer.getStatus() < 300) {
        jdbc.update("update idempotency_key set status = ?, location = ?, response_body = ? where user_id = ? "
            + "and endpoint = ? and idempotency_key = ?", answer.getStatus(), answer.getHeader("Location"),
            new String(answer.getContentAsByteArray(), StandardCharsets.UTF_8), user.id(), endpoint, key);
        kept = true;
      }
    } finally {
      if (!kept) {
        // Refused or failed: nothing was created, so the client may correct the request and send it again.
        jdbc.update("delete from idempotency_key where user_id = ? and endpoint = ? and idempotency_key = ?",
            user.id(), endpoint, key);
      }
      answer.copyBodyToResponse();
    }
  }

  /** Takes the key for this request; false when another request has it (or has had it). */
  private boolean claim(String user, String endpoint, String key, String hash) {
    Timestamp abandoned = Timestamp.from(Instant.now(clock).minus(ABANDONED));
    jdbc.update("delete from idempotency_key where user_id = ? and endpoint = ? and idempotency_key = ? "
        + "and status is null and created_at < ?", user, endpoint, key, abandoned);
    try {
      jdbc.update("insert into idempotency_key (user_id, endpoint, idempotency_key, request_hash, created_at) "
          + "values (?, ?, ?, ?, ?)", user, endpoint, key, hash, Timestamp.from(Instant.now(clock)));
      return true;
    } catch (DuplicateKeyException taken) {
      return false;
    }
  }

  private static void replay(HttpServletResponse response, Map<String, Object> first) throws IOException {
    response.setStatus(((Number) first.get("status")).intValue());
    if (first.get("location") != null) {
      response.setHeader("Location", (String) first.get("location"));
    }
    response.setHeader("Idempotent-Replayed", "true");
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(first.get("response_body") == null ? "" : (String) first.get("response_body"));
  }

  private void refuse(HttpServletResponse response, int status, String type, String message) throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(), new ApiError(type, null, message, null));
  }

  private static String sha256(byte[] body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
