package org.letstalk.modelcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Refusals, reasons and notes written by Java reach practitioners as they are: a citation belongs in a comment
 * beside the rule, never in the text.
 */
class MessagesInPlainWordsTest {

  private static final Pattern STRING_LITERAL = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");

  @Test
  void noTextWrittenByJavaCitesASource() throws IOException {
    List<String> problems = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
      for (Path source : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        List<String> lines = Files.readAllLines(source);
        for (int i = 0; i < lines.size(); i++) {
          String code = lines.get(i).strip();
          if (code.startsWith("*") || code.startsWith("//") || code.startsWith("/*")) {
            continue;
          }
          Matcher literal = STRING_LITERAL.matcher(code);
          while (literal.find()) {
            Matcher citation = ModelConventionsTest.CITATION.matcher(literal.group());
            if (citation.find()) {
              problems.add(source + " line " + (i + 1) + ": " + citation.group());
            }
          }
        }
      }
    }
    assertThat(problems).as("move each citation into a comment beside the rule").isEmpty();
  }
}
