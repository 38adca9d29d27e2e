package org.letstalk.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A page a person opened in the browser and may not see answers with a page saying so, not with the API's JSON. It
 * says no more than the JSON does: whether a record exists or is restricted is nobody's business who may not read it.
 */
final class RefusalPage {

  private RefusalPage() {
  }

  /** A browser asking for one of our pages (the dashboard, a record), not a program calling the API. */
  static boolean wanted(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String accept = request.getHeader("Accept");
    return "GET".equals(request.getMethod()) && !path.startsWith("/api/") && accept != null
        && accept.contains(MediaType.TEXT_HTML_VALUE);
  }

  static ResponseEntity<String> forbidden() {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(new MediaType("text", "html",
        java.nio.charset.StandardCharsets.UTF_8)).body("""
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>You cannot open this page - Let's Talk</title>
          <link rel="stylesheet" href="/record.css">
        </head>
        <body>
        <main>
          <h1>You cannot open this page</h1>
          <p>Your role does not give you this page. If your work needs it, ask your manager.</p>
          <p><a href="/camunda/app/tasklist/">Back to your tasks</a></p>
        </main>
        </body>
        </html>
        """);
  }
}
