package org.letstalk.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.letstalk.record.RecordPolicy;
import org.letstalk.record.Viewer;
import org.letstalk.team.Team;
import org.letstalk.team.Teams;
import org.letstalk.validation.InputRejectedException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The managers' dashboard, the cases behind each figure, England's quarterly Client Level Data return and the
 * yearly summary tables counted from it, as CSV.
 */
@Controller
class DashboardController {

  private final Metrics metrics;
  private final StatutoryReturn statutoryReturn;
  private final ClientLevelData clientLevelData;
  private final Teams teams;
  private final ObjectMapper json;
  private final Clock clock;
  private final RecordPolicy policy;

  DashboardController(Metrics metrics, StatutoryReturn statutoryReturn, ClientLevelData clientLevelData, Teams teams,
      ObjectMapper json, Clock clock, RecordPolicy policy) {
    this.policy = policy;
    this.metrics = metrics;
    this.statutoryReturn = statutoryReturn;
    this.clientLevelData = clientLevelData;
    this.teams = teams;
    this.json = json;
    this.clock = clock;
  }

  @GetMapping("/dashboard")
  String dashboard(HttpServletRequest request, @RequestParam(required = false) String from,
      @RequestParam(required = false) String to, @RequestParam(required = false) String team, Model model)
      throws JsonProcessingException {
    ManagersOnly.require(request);
    Period period = Period.parse(from, to, team, clock);
    Viewer viewer = Viewer.of(request);
    Dashboard dashboard = metrics.dashboard(period)
        .namingOnly(personId -> policy.listed(personId, viewer, LISTED_ON_DASHBOARD));
    model.addAttribute("d", dashboard);
    model.addAttribute("teams", teams.all().stream().sorted((a, b) -> a.getName().compareTo(b.getName()))
        .map(t -> Map.of("id", t.getId().toString(), "name", t.getName())).toList());
    model.addAttribute("charts", json.writeValueAsString(charts(dashboard)));
    model.addAttribute("lastFinancialYear", period.to().minusMonths(3).getYear() - 1);
    // The last quarter ended: the one a return is due for.
    java.time.LocalDate today = java.time.LocalDate.now(clock);
    java.time.LocalDate lastQuarterEnd = today.withDayOfMonth(1).minusMonths((today.getMonthValue() - 1) % 3)
        .minusDays(1);
    model.addAttribute("lastQuarterYear", lastQuarterEnd.minusMonths(3).getYear());
    model.addAttribute("lastQuarter", (lastQuarterEnd.getMonthValue() + 8) % 12 / 3 + 1);
    return "dashboard/dashboard";
  }

  @GetMapping("/dashboard/cases")
  String cases(HttpServletRequest request, @RequestParam String figure, @RequestParam(required = false) String from,
      @RequestParam(required = false) String to, @RequestParam(required = false) String team,
      @RequestParam(required = false) String k1, @RequestParam(required = false) String k2, Model model) {
    ManagersOnly.require(request);
    // The cases behind a figure are people: for managers who read records, never for process owners.
    Viewer viewer = Viewer.of(request);
    policy.requireSearch(viewer);
    Figure chosen;
    try {
      chosen = Figure.valueOf(figure);
    } catch (IllegalArgumentException e) {
      throw new InputRejectedException("figure", "is not a figure of the dashboard");
    }
    Period period = Period.parse(from, to, team, clock);
    model.addAttribute("figure", chosen);
    model.addAttribute("period", period);
    model.addAttribute("teamName", teams.all().stream().filter(t -> t.getId().equals(period.teamId()))
        .map(Team::getName).findFirst().orElse(null));
    model.addAttribute("narrowedBy", String.join(", ",
        Stream.of(k1, k2).filter(k -> k != null).map(Labels::of).toList()));
    model.addAttribute("rows", metrics.cases(chosen, period, k1, k2).stream()
        .map(row -> row.personId() == null || policy.listed(row.personId(), viewer, LISTED_ON_DASHBOARD)
            ? CaseView.of(row) : CaseView.hidden(row)).toList());
    model.addAttribute("most", FigureQueries.MOST_CASES_LISTED);
    return "dashboard/cases";
  }

  @GetMapping("/dashboard/statutory-return.csv")
  ResponseEntity<String> statutoryReturn(HttpServletRequest request, @RequestParam(required = false) String year) {
    ManagersOnly.require(request);
    StatutoryReturn.Report report = statutoryReturn.forYear(year);
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"statutory-return-" + report.financialYear() + ".csv\"")
        .body(report.csv());
  }

  @GetMapping("/dashboard/client-level-data.csv")
  ResponseEntity<String> clientLevelData(HttpServletRequest request, @RequestParam(required = false) String year,
      @RequestParam(required = false) String quarter) {
    ManagersOnly.require(request);
    // One row per person's event, with their NHS number: for managers who read records, never for process owners.
    policy.requireSearch(Viewer.of(request));
    ClientLevelData.Extract extract = clientLevelData.forQuarter(year, quarter);
    List<ClientLevelDataSpecification.Problem> problems = ClientLevelDataSpecification.check(
        ClientLevelDataSpecification.COLUMNS, extract.rows());
    if (!problems.isEmpty()) {
      // The records break a rule of the collection: the return is not given until they are put right.
      return ResponseEntity.unprocessableEntity().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
          .body("The return cannot be made until these records are put right:\n" + String.join("\n",
              problems.stream().map(ClientLevelDataSpecification.Problem::message).toList()) + "\n");
    }
    // The return goes to the government whole, restricted records too; each person in it is logged as given.
    policy.given(extract.rows().stream().map(row -> row.get(ClientLevelDataSpecification.PERSON_ID))
        .filter(id -> id != null).map(java.util.UUID::fromString).distinct().toList(),
        Viewer.of(request), GIVEN_IN_CLIENT_LEVEL_DATA);
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + extract.fileName() + "\"")
        .body(extract.csv());
  }

  static final String LISTED_ON_DASHBOARD = "LISTED_ON_DASHBOARD";
  static final String GIVEN_IN_CLIENT_LEVEL_DATA = "GIVEN_IN_CLIENT_LEVEL_DATA";

  /** One case as the list shows it. */
  record CaseView(java.util.UUID personId, String name, java.time.Instant at, String countedAs, Double days,
      java.math.BigDecimal amount, boolean hidden) {

    /** Counted, but not named: a restricted record the viewer does not read. */
    static CaseView hidden(FigureQueries.CaseRow row) {
      CaseView shown = of(row);
      return new CaseView(null, Dashboard.HIDDEN, shown.at(), shown.countedAs(), shown.days(), shown.amount(), true);
    }

    static CaseView of(FigureQueries.CaseRow row) {
      return new CaseView(row.personId(), row.name(), row.at(),
          Labels.of(row.k1()) + (row.k2() != null ? ", " + Labels.of(row.k2()) : ""), row.days(), row.amount(), false);
    }
  }

  /** What the page's script draws: one entry per canvas, each series with the case lists behind its bars. */
  static List<Map<String, Object>> charts(Dashboard d) {
    List<Map<String, Object>> charts = new ArrayList<>();
    charts.add(chart("contactsByRoute", "bar", true, d.contacts().perDayByRoute()));
    charts.add(chart("contactsByOutcome", "bar", true, d.contacts().perDayByOutcome()));
    charts.add(chart("conversationsByType", "bar", true, d.conversations().perWeekByType()));
    charts.add(chart("concluded", "doughnut", false, counts("Involvements concluded",
        List.of(d.concluded().metWithoutLongTermSupport(), d.concluded().longTermSupport()))));
    charts.add(chart("crisisPlanAges", "bar", false, counts("Open crisis plans", d.crisisPlans().byAge())));
    charts.add(chart("reviews", "bar", false, counts("Reviews", List.of(d.reviews().dueNext30Days(),
        d.reviews().done(), d.reviews().overdue()))));
    charts.add(chart("concernDecisions", "bar", false, counts("Concerns", d.safeguarding().byDecision())));
    charts.add(chart("mspOutcomes", "doughnut", false, counts("Enquiries concluded",
        d.safeguarding().mspOutcomes())));
    charts.add(chart("funding", "bar", true, funding(d.funding())));
    charts.add(chart("audit", "bar", true, audit(d.audit())));
    return charts;
  }

  private static Map<String, Object> chart(String id, String type, boolean stacked, Dashboard.Chart data) {
    Map<String, Object> chart = new LinkedHashMap<>();
    chart.put("id", id);
    chart.put("type", type);
    chart.put("stacked", stacked);
    chart.put("labels", data.labels());
    chart.put("series", data.series());
    return chart;
  }

  /** Counts as the bars of one series. */
  private static Dashboard.Chart counts(String label, List<Dashboard.Count> counts) {
    return new Dashboard.Chart(counts.stream().map(Dashboard.Count::label).toList(), List.of(new Dashboard.Series(
        label, label, counts.stream().map(Dashboard.Count::count).toList(),
        counts.stream().map(Dashboard.Count::cases).toList())));
  }

  private static Dashboard.Chart funding(Dashboard.Funding funding) {
    List<String> levels = Metrics.LEVELS.stream().map(Labels::of).toList();
    Map<String, Dashboard.Series> byDecision = new LinkedHashMap<>();
    for (Dashboard.LevelDecision cell : funding.byLevelAndDecision()) {
      Dashboard.Series series = byDecision.computeIfAbsent(cell.decision(), k -> new Dashboard.Series(k,
          cell.decisionLabel(), new ArrayList<>(), new ArrayList<>()));
      series.counts().add(cell.count());
      series.cases().add(cell.cases());
    }
    return new Dashboard.Chart(levels, List.copyOf(byDecision.values()));
  }

  private static Dashboard.Chart audit(List<Dashboard.AuditPrinciple> principles) {
    List<String> labels = principles.stream().map(Dashboard.AuditPrinciple::label).toList();
    Map<String, Dashboard.Series> byGrade = new LinkedHashMap<>();
    for (Dashboard.AuditPrinciple principle : principles) {
      for (Dashboard.Count grade : principle.grades()) {
        Dashboard.Series series = byGrade.computeIfAbsent(grade.key(), k -> new Dashboard.Series(k, grade.label(),
            new ArrayList<>(), new ArrayList<>()));
        series.counts().add(grade.count());
        series.cases().add(grade.cases());
      }
    }
    return new Dashboard.Chart(labels, List.copyOf(byGrade.values()));
  }
}
