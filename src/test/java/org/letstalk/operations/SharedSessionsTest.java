package org.letstalk.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A Tasklist sign-in lives in the database, not in one node's memory, so a user's next request may go to any node
 * (bin/two-nodes sends one user's requests to both in turn).
 */
@PostgresTest
class SharedSessionsTest {

  @LocalServerPort
  int port;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void aTasklistSignInIsKeptInTheDatabase() throws Exception {
    CookieManager cookies = new CookieManager();
    HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
    browser.send(request("/camunda/app/tasklist/default/").GET().build(), HttpResponse.BodyHandlers.discarding());
    HttpResponse<String> login = browser.send(request("/camunda/api/admin/auth/user/default/login/tasklist")
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", cookie(cookies, "XSRF-TOKEN"))
        .POST(HttpRequest.BodyPublishers.ofString("username=practitioner&password=demo")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).isEqualTo(200);

    // Spring Session's cookie carries the session id in Base64.
    String session = new String(Base64.getDecoder().decode(cookie(cookies, "JSESSIONID")), StandardCharsets.UTF_8);
    assertThat(jdbc.queryForObject("select count(*) from spring_session_attributes a join spring_session s"
        + " on s.primary_id = a.session_primary_id where s.session_id = ?", Integer.class, session))
        .as("the sign-in's attributes are in the database").isPositive();
    assertThat(browser.send(request("/people?name=Nobody").GET().build(), HttpResponse.BodyHandlers.discarding())
        .statusCode()).as("the session signs the user in").isEqualTo(200);
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
  }

  private static String cookie(CookieManager cookies, String name) {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
        .map(HttpCookie::getValue).reduce((first, last) -> last).orElseThrow();
  }
}
