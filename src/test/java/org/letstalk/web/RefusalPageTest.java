package org.letstalk.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A page a person may not open, opened in the browser, answers with a page saying so; a program still gets JSON. */
@PostgresTest
class RefusalPageTest {

  @Autowired
  TestRestTemplate http;

  @Test
  void aPractitionerWhoOpensTheDashboardInTheBrowserReadsAPageSayingSo() {
    HttpHeaders browser = new HttpHeaders();
    browser.set("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
    ResponseEntity<String> page = http.withBasicAuth("practitioner", "demo").exchange("/dashboard", HttpMethod.GET,
        new HttpEntity<>(browser), String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(page.getHeaders().getContentType().toString()).startsWith("text/html");
    assertThat(page.getBody()).contains("<h1>You cannot open this page</h1>", "/camunda/app/tasklist/")
        .doesNotContain("\"type\"");

    ResponseEntity<String> api = http.withBasicAuth("practitioner", "demo").getForEntity("/dashboard", String.class);
    assertThat(api.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(api.getBody()).contains("\"type\":\"Forbidden\"");
  }
}
