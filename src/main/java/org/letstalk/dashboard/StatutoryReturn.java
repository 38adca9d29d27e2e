package org.letstalk.dashboard;

import static org.letstalk.dashboard.ClientLevelDataSpecification.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.letstalk.validation.InputRejectedException;
import org.springframework.stereotype.Service;

/**
 * SALT-style summary tables for one financial year (1 April to 31 March), counted from the same events as
 * England's Client Level Data extract ({@link ClientLevelData}), so the dashboard's counts and the return agree:
 * requests by route of access and outcome, reviews by reason and outcome, and services open at the year's end by
 * type and delivery. How each is derived: docs/dashboard.md, "The statutory return".
 */
@Service
public class StatutoryReturn {

  private final ClientLevelData clientLevelData;

  public StatutoryReturn(ClientLevelData clientLevelData) {
    this.clientLevelData = clientLevelData;
  }

  public record Cell(String section, String row, String column, long count) {
  }

  public record Report(String financialYear, LocalDate from, LocalDate to, List<Cell> requests, List<Cell> reviews,
      List<Cell> servicesAtYearEnd) {

    /** One line per cell, every cell present (zeros too), so a spreadsheet can pivot it. */
    public String csv() {
      StringBuilder csv = new StringBuilder("financial_year,section,row,column,count\n");
      for (List<Cell> table : List.of(requests, reviews, servicesAtYearEnd)) {
        for (Cell cell : table) {
          csv.append(financialYear).append(',').append(cell.section()).append(',').append(quoted(cell.row()))
              .append(',').append(quoted(cell.column())).append(',').append(cell.count()).append('\n');
        }
      }
      return csv.toString();
    }

    private static String quoted(String value) {
      return value.contains(",") ? '"' + value + '"' : value;
    }
  }

  /** The financial year that starts on 1 April of {@code year}. */
  public Report forYear(String year) {
    List<InputRejectedException.Problem> problems = new ArrayList<>();
    Integer start = financialYear(year, problems);
    if (!problems.isEmpty()) {
      throw new InputRejectedException(problems);
    }
    LocalDate from = LocalDate.of(start, 4, 1);
    LocalDate to = from.plusYears(1).minusDays(1);
    List<Map<String, String>> rows = clientLevelData.extract(from, to).rows();
    String label = start + "-" + String.format("%02d", (start + 1) % 100);
    return new Report(label, from, to,
        table("requests", rows, REQUEST, ROUTE_OF_ACCESS, ROUTES_OF_ACCESS, EVENT_OUTCOME, EVENT_OUTCOMES, false),
        table("reviews", rows, REVIEW, REVIEW_REASON, REVIEW_REASONS, EVENT_OUTCOME, EVENT_OUTCOMES, false),
        table("services_at_year_end", rows, SERVICE, SERVICE_TYPE, SERVICE_TYPES, DELIVERY_MECHANISM,
            DELIVERY_MECHANISMS, true));
  }

  private static List<Cell> table(String section, List<Map<String, String>> rows, String eventType, String rowField,
      List<String> rowValues, String columnField, List<String> columnValues, boolean stillOpen) {
    Map<String, Long> counts = new HashMap<>();
    for (Map<String, String> row : rows) {
      if (eventType.equals(row.get(EVENT_TYPE)) && (!stillOpen || row.get(EVENT_END) == null)) {
        counts.merge(row.get(rowField) + "|" + row.get(columnField), 1L, Long::sum);
      }
    }
    List<Cell> cells = new ArrayList<>();
    for (String r : rowValues) {
      for (String c : columnValues) {
        cells.add(new Cell(section, r, c, counts.getOrDefault(r + "|" + c, 0L)));
      }
    }
    return cells;
  }

  /** The year a financial year starts in, or a problem naming the field. */
  static Integer financialYear(String year, List<InputRejectedException.Problem> problems) {
    int start;
    try {
      start = Integer.parseInt(year == null ? "" : year.trim());
    } catch (NumberFormatException e) {
      problems.add(new InputRejectedException.Problem("year",
          "must be the year the financial year starts in, like 2025"));
      return null;
    }
    if (start < 1900 || start > 2999) {
      problems.add(new InputRejectedException.Problem("year", "must be between 1900 and 2999"));
      return null;
    }
    return start;
  }
}
