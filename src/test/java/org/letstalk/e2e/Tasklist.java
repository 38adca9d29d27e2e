package org.letstalk.e2e;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * Camunda Tasklist as a worker uses it: sign in, start a process, find a task in the inbox, claim it and fill
 * its Camunda Form. Locators follow what a user sees (names, labels); form fields are found by the field ids
 * of forms/*.form ({@code Field_<key>}).
 */
final class Tasklist {

  private final Browser browser;
  private final String baseUrl;

  Tasklist(Browser browser, int port) {
    this.browser = browser;
    this.baseUrl = "http://localhost:" + port + "/camunda/app/tasklist/default/";
  }

  Tasklist signIn(String user, String password) {
    browser.forgetSession();
    browser.open(baseUrl);
    browser.type(By.cssSelector("input[placeholder='Username']"), user);
    browser.type(By.cssSelector("input[type='password']"), password);
    browser.click(By.cssSelector("button[type='submit']"));
    browser.visible(By.cssSelector(".start-process-action a"));
    return this;
  }

  /** Opens "Start process" and picks the process by the name shown to users; returns its start form. */
  Form startProcess(String processName) {
    browser.click(By.cssSelector(".start-process-action a"));
    browser.click(By.xpath("//ul[contains(@class,'processes')]//a[normalize-space(.)=" + literal(processName) + "]"));
    return new Form(browser, By.cssSelector("button[ng-click='startProcessInstance()']"));
  }

  /** Shows the tasks of one of the shared filters ("My tasks", "My team's tasks", "Overdue"). */
  Tasklist showFilter(String filterName) {
    browser.click(By.xpath("//div[contains(@class,'task-filter')]//h4/a[starts-with(normalize-space(.), "
        + literal(filterName) + ")]"));
    // Newest first, as a worker sorts to find what just arrived; the filter's own order (most urgent, then soonest
    // due) comes before it.
    String url = browser.waitUntil(d -> d.getCurrentUrl().contains("filter=") ? d.getCurrentUrl() : null)
        .replaceAll("&sorting=[^&]*", "");
    browser.open(url + (url.contains("?") ? "&" : "?") + "sorting="
        + java.net.URLEncoder.encode("[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]",
            java.nio.charset.StandardCharsets.UTF_8));
    return this;
  }

  /** Shows one of the shared filters as Tasklist opens it, with Tasklist's own default sort. */
  Tasklist openFilter(String filterName) {
    browser.click(By.xpath("//div[contains(@class,'task-filter')]//h4/a[starts-with(normalize-space(.), "
        + literal(filterName) + ")]"));
    String url = browser.waitUntil(d -> d.getCurrentUrl().contains("filter=") ? d.getCurrentUrl() : null);
    // Loaded afresh, so the list read next is this filter's and not the one shown before.
    browser.open("about:blank");
    browser.open(url);
    return this;
  }

  /** The names of the tasks listed, top first, once the list shows {@code count} of them. */
  List<String> taskNames(int count) {
    By names = By.xpath("//ol[contains(@class,'tasks-list')]//h4/a");
    return browser.waitUntil(driver -> {
      List<String> shown = driver.findElements(names).stream().map(e -> e.getText().trim()).toList();
      return shown.size() == count ? shown : null;
    });
  }

  /**
   * Types into the list's search box, as a worker narrows a long inbox to one person: the search matches task
   * names containing {@code text}. Other tests' tasks (some created on a moved engine clock) cannot push the
   * task off the first page.
   */
  Tasklist search(String text) {
    By searchBox = By.cssSelector("[cam-widget-search] input.main-field");
    browser.type(searchBox, text);
    browser.visible(searchBox).sendKeys(Keys.ENTER);
    // The search is applied once it is part of the page address (shareable, as Tasklist keeps it).
    browser.waitUntil(driver -> driver.getCurrentUrl().contains("searchQuery="));
    return this;
  }

  /** Waits until the inbox lists a task whose name starts with {@code namePrefix}. */
  Tasklist waitForTask(String namePrefix) {
    browser.visible(taskInList(namePrefix));
    return this;
  }

  /** What Let's Talk adds to the card of a task in the list, once it has read it. */
  String card(String namePrefix) {
    By card = By.xpath("//ol[contains(@class,'tasks-list')]/li[.//h4/a[starts-with(normalize-space(.), "
        + literal(namePrefix) + ")]]//div[contains(@class,'lt-card')]");
    return browser.waitUntil(driver -> {
      String text = browser.visible(card).getText();
      return text.isBlank() ? null : text;
    });
  }

  TaskView openTask(String namePrefix) {
    browser.click(taskInList(namePrefix));
    browser.visible(By.xpath("//section[contains(@class,'task-card')]//h2[starts-with(normalize-space(.), "
        + literal(namePrefix) + ")]"));
    return new TaskView(browser);
  }

  static By taskInList(String namePrefix) {
    return By.xpath("//ol[contains(@class,'tasks-list')]//h4/a[starts-with(normalize-space(.), "
        + literal(namePrefix) + ")]");
  }

  static String literal(String text) {
    return text.contains("'") ? "concat('" + text.replace("'", "',\"'\",'") + "')" : "'" + text + "'";
  }

  /** The task shown on the right of the inbox. */
  static final class TaskView {
    private final Browser browser;

    TaskView(Browser browser) {
      this.browser = browser;
    }

    TaskView claim() {
      browser.click(By.cssSelector("[cam-tasklist-task-meta] .claim"));
      browser.visible(By.cssSelector("[cam-tasklist-task-meta] .unclaim"));
      return this;
    }

    Form form() {
      return new Form(browser, By.cssSelector("button[ng-click='complete()']"));
    }

    /** Opens the task's Case tab and answers its text once it has read the case. */
    String caseTab() {
      browser.click(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space(.)='Case']"));
      return browser.waitUntil(driver -> {
        String text = browser.visible(By.cssSelector("section.lt-case")).getText();
        return text.isBlank() ? null : text;
      });
    }

    /** Back to the form from another tab. */
    TaskView formTab() {
      browser.click(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space(.)='Form']"));
      return this;
    }
  }

  /** A Camunda Form (form-js) in Tasklist: fields by key, choices by the label the user reads. */
  static final class Form {
    private final Browser browser;
    private final By submit;

    Form(Browser browser, By submit) {
      this.browser = browser;
      this.submit = submit;
    }

    private static By field(String key) {
      return By.cssSelector("[id$='-Field_" + key + "']");
    }

    Form fill(String key, String text) {
      browser.type(field(key), text);
      return this;
    }

    /** A date, typed as the worker writes it (03/02/1944), then left, so the form reads it. */
    Form date(String key, String typed) {
      By input = By.cssSelector("[id$='-Field_" + key + "-date']");
      browser.type(input, typed);
      browser.visible(input).sendKeys(Keys.TAB);
      return this;
    }

    /** A select: open it and pick the option by its label. */
    Form select(String key, String optionLabel) {
      browser.click(By.cssSelector("[id$='-Field_" + key + "-display']"));
      browser.click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item') and normalize-space(.)="
          + literal(optionLabel) + "]"));
      return this;
    }

    /** A select whose options carry changing detail (a worker's open cases): pick the first that starts so. */
    Form selectStartingWith(String key, String labelStart) {
      browser.click(By.cssSelector("input[id$='-Field_" + key + "'], [id$='-Field_" + key + "-display']"));
      browser.click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item') and starts-with(normalize-space(.), "
          + literal(labelStart) + ")]"));
      return this;
    }

    /** A radio group: pick the option by its label, until the form shows it picked (it re-renders as it goes). */
    Form choose(String key, String optionLabel) {
      By label = By.xpath("//label[contains(@for,'-Field_" + key + "-') and normalize-space(.)="
          + literal(optionLabel) + "]");
      browser.waitUntil(driver -> {
        By radio = By.id(browser.visible(label).getAttribute("for"));
        if (!driver.findElement(radio).isSelected()) {
          browser.click(radio);
        }
        return driver.findElement(radio).isSelected();
      });
      return this;
    }

    void submit() {
      browser.click(submit);
    }
  }
}
