package org.letstalk.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Text no person types, refused on every route before anything reads it: control characters (NUL above all, which
 * PostgreSQL cannot store, so it used to end in a 500 after half a request had run) in a JSON body or a parameter,
 * and Java-serialized objects in an engine variable (the engine does not accept them, and would answer 500). A
 * 400 names each field, in our API's answer shape. Tabs and line breaks are text.
 */
public class UnstorableInput extends OncePerRequestFilter {

  /** Keys that wrap a value in the engine REST API's bodies; the field is the key around them. */
  static final Set<String> WRAPPERS = Set.of("value", "variables", "modifications", "processVariables",
      "processVariablesLocal", "localVariables", "correlationKeys", "localCorrelationKeys", "valueInfo");
  static final String MESSAGE = "contains a character nobody types (such as NUL); remove it";

  private final ObjectMapper json = new ObjectMapper();

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Map<String, String> problems = new LinkedHashMap<>();
    request.getParameterMap().forEach((name, values) -> {
      for (String value : values) {
        if (hasControlCharacter(value) || hasControlCharacter(name)) {
          problems.putIfAbsent(name, MESSAGE);
        }
      }
    });
    HttpServletRequest passed = request;
    String type = request.getContentType();
    if (type != null && type.toLowerCase().contains("json")) {
      byte[] body = request.getInputStream().readAllBytes();
      passed = new ReadAgain(request, body);
      try {
        walk(json.readTree(body), new ArrayList<>(), problems);
      } catch (IOException notJson) {
        // Not JSON after all: whoever reads it next refuses it in its own words.
      }
    }
    if (!problems.isEmpty()) {
      List<ApiError.Problem> each = problems.entrySet().stream()
          .map(p -> new ApiError.Problem(p.getKey(), p.getValue())).toList();
      ApiError error = ApiError.inputRejected(each);
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      response.setContentType("application/json");
      response.setCharacterEncoding("UTF-8");
      json.writeValue(response.getOutputStream(), error);
      return;
    }
    chain.doFilter(passed, response);
  }

  private static void walk(JsonNode node, List<String> path, Map<String, String> problems) {
    if (node.isTextual() && hasControlCharacter(node.asText())) {
      problems.putIfAbsent(field(path), MESSAGE);
    } else if (node.isObject()) {
      JsonNode format = node.path("serializationDataFormat");
      if (format.isTextual() && format.asText().contains("java-serialized")) {
        problems.putIfAbsent(field(path), "is a Java object; send plain values (text, numbers, yes or no, dates)");
      }
      for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> entry = fields.next();
        if (hasControlCharacter(entry.getKey())) {
          problems.putIfAbsent(field(path), MESSAGE);
        }
        path.add(entry.getKey());
        walk(entry.getValue(), path, problems);
        path.remove(path.size() - 1);
      }
    } else if (node.isArray()) {
      for (JsonNode item : node) {
        walk(item, path, problems);
      }
    }
  }

  /** The innermost key that names something, not the engine's wrapping of a value. */
  private static String field(List<String> path) {
    for (int i = path.size() - 1; i >= 0; i--) {
      if (!WRAPPERS.contains(path.get(i))) {
        return path.get(i);
      }
    }
    return "body";
  }

  static boolean hasControlCharacter(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
        return true;
      }
    }
    return false;
  }
}
