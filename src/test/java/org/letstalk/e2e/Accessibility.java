package org.letstalk.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * An axe-core scan of the page in the browser (axe-core from package-lock.json, installed by {@code npm ci}): the
 * serious and critical violations, each as "rule: what it is (how many elements)", within a part of the page or all
 * of it. The findings of every scan are kept beside the screenshots (target/e2e-screenshots/accessibility.txt).
 */
final class Accessibility {

  static final Path AXE = Path.of("node_modules", "axe-core", "axe.min.js");
  static final String HOW_TO_ENABLE = "The accessibility scan needs axe-core: run npm ci (CI does), then the tests again.";
  private static final Path FINDINGS = Browser.SCREENSHOTS.resolve("accessibility.txt");

  private Accessibility() {
  }

  static boolean installed() {
    return Files.isReadable(AXE);
  }

  /** The serious and critical violations within {@code selector} (or the whole page when null), logged as {@code name}. */
  @SuppressWarnings("unchecked")
  static List<String> seriousViolations(WebDriver driver, String name, String selector) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    try {
      if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe !== 'undefined'"))) {
        js.executeScript(Files.readString(AXE));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Map<String, Object>> violations = (List<Map<String, Object>>) js.executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "const context = arguments[0] ? {include: [arguments[0]]} : document;"
            + "axe.run(context, {resultTypes: ['violations']})"
            + ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
            + " nodes: v.nodes.length, targets: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))))"
            + ".catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: 0, targets: []}]));",
        selector);
    List<String> serious = new ArrayList<>();
    StringBuilder log = new StringBuilder("## " + name + (selector == null ? "" : " (" + selector + ")") + "\n");
    for (Map<String, Object> v : violations) {
      String line = v.get("impact") + " " + v.get("id") + ": " + v.get("help") + " (" + v.get("nodes") + " elements, e.g. "
          + v.get("targets") + ")";
      log.append("- ").append(line).append('\n');
      if ("serious".equals(v.get("impact")) || "critical".equals(v.get("impact"))) {
        serious.add(line);
      }
    }
    try {
      Files.createDirectories(FINDINGS.getParent());
      Files.writeString(FINDINGS, log.append('\n').toString(), java.nio.file.StandardOpenOption.CREATE,
          java.nio.file.StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return serious;
  }
}
