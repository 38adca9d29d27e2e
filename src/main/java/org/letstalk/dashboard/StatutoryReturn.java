package org.letstalk.dashboard;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.letstalk.contact.RouteOfAccess;
import org.letstalk.review.ReviewOutcome;
import org.letstalk.validation.InputRejectedException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The statutory return for one financial year (1 April to 31 March; SALT in England): requests for support from
 * new clients by route of access and what followed, and reviews of long-term clients by outcome. How each column
 * is derived: README, "The statutory return".
 */
@Service
@Transactional(readOnly = true)
public class StatutoryReturn {

  static final List<String> WHAT_FOLLOWED = List.of("UNIVERSAL_SERVICES_SIGNPOSTING", "SHORT_TERM_SUPPORT",
      "LONG_TERM_SUPPORT", "NO_SERVICES", "NOT_YET_CONCLUDED");
  static final List<String> REVIEW_KINDS = List.of("PLANNED", "UNPLANNED");

  private static final String REQUESTS = """
      select r.route_of_access, r.what_followed, count(*) as n from (
        select c.route_of_access,
          case
            when exists (select 1 from involvement i where i.contact_id = c.id and i.stage = 'LONG_TERM_SUPPORT')
              then 'LONG_TERM_SUPPORT'
            when exists (select 1 from crisis_plan cp where cp.contact_id = c.id) then 'SHORT_TERM_SUPPORT'
            when c.outcome = 'INFORMATION_AND_ADVICE' then 'UNIVERSAL_SERVICES_SIGNPOSTING'
            when exists (select 1 from involvement i where i.contact_id = c.id and i.status = 'CLOSED')
              and exists (select 1 from conversation v where v.contact_id = c.id)
              then 'UNIVERSAL_SERVICES_SIGNPOSTING'
            when c.outcome is null
              or exists (select 1 from involvement i where i.contact_id = c.id and i.status = 'OPEN')
              then 'NOT_YET_CONCLUDED'
            else 'NO_SERVICES'
          end as what_followed
        from contact c
        where c.arrived_at >= :from and c.arrived_at < :to
          and not exists (select 1 from support_plan sp where sp.person_id = c.person_id
            and sp.authorised_at <= c.arrived_at and (sp.ended_at is null or sp.ended_at > c.arrived_at))
      ) r
      group by r.route_of_access, r.what_followed
      """;

  private static final String REVIEWS = """
      select case when r.kind = 'EARLY' then 'UNPLANNED' else 'PLANNED' end as review, r.outcome, count(*) as n
      from review r
      where r.completed_at >= :from and r.completed_at < :to and r.outcome is not null
      group by case when r.kind = 'EARLY' then 'UNPLANNED' else 'PLANNED' end, r.outcome
      """;

  private final NamedParameterJdbcTemplate jdbc;

  public StatutoryReturn(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public record Cell(String section, String row, String column, long count) {
  }

  public record Report(String financialYear, LocalDate from, LocalDate to, List<Cell> requestsFromNewClients,
      List<Cell> reviewsOfLongTermClients) {

    /** One line per cell, every cell present (zeros too), so a spreadsheet can pivot it. */
    public String csv() {
      StringBuilder csv = new StringBuilder("financial_year,section,row,column,count\n");
      for (Cell cell : requestsFromNewClients) {
        line(csv, cell);
      }
      for (Cell cell : reviewsOfLongTermClients) {
        line(csv, cell);
      }
      return csv.toString();
    }

    private void line(StringBuilder csv, Cell cell) {
      csv.append(financialYear).append(',').append(cell.section()).append(',').append(cell.row()).append(',')
          .append(cell.column()).append(',').append(cell.count()).append('\n');
    }
  }

  /** The financial year that starts on 1 April of {@code year}. */
  public Report forYear(String year) {
    int start;
    try {
      start = Integer.parseInt(year == null ? "" : year.trim());
    } catch (NumberFormatException e) {
      throw new InputRejectedException("year", "must be the year the financial year starts in, like 2025");
    }
    if (start < 1900 || start > 2999) {
      throw new InputRejectedException("year", "must be between 1900 and 2999");
    }
    LocalDate from = LocalDate.of(start, 4, 1);
    LocalDate to = from.plusYears(1);
    ZoneId zone = ZoneId.systemDefault();
    MapSqlParameterSource params = new MapSqlParameterSource()
        .addValue("from", Timestamp.from(from.atStartOfDay(zone).toInstant()))
        .addValue("to", Timestamp.from(to.atStartOfDay(zone).toInstant()));

    Map<String, Long> requests = new HashMap<>();
    jdbc.query(REQUESTS, params, rs -> {
      requests.put(rs.getString("route_of_access") + "|" + rs.getString("what_followed"), rs.getLong("n"));
    });
    List<Cell> requestCells = new ArrayList<>();
    for (RouteOfAccess route : RouteOfAccess.values()) {
      for (String followed : WHAT_FOLLOWED) {
        requestCells.add(new Cell("requests_from_new_clients", route.name(), followed,
            requests.getOrDefault(route.name() + "|" + followed, 0L)));
      }
    }
    Map<String, Long> reviews = new HashMap<>();
    jdbc.query(REVIEWS, params, rs -> {
      reviews.put(rs.getString("review") + "|" + rs.getString("outcome"), rs.getLong("n"));
    });
    List<Cell> reviewCells = new ArrayList<>();
    for (String kind : REVIEW_KINDS) {
      for (String outcome : Arrays.stream(ReviewOutcome.values()).map(Enum::name).toList()) {
        reviewCells.add(new Cell("reviews_of_long_term_clients", kind, outcome,
            reviews.getOrDefault(kind + "|" + outcome, 0L)));
      }
    }
    String label = start + "-" + String.format("%02d", (start + 1) % 100);
    return new Report(label, from, to.minusDays(1), requestCells, reviewCells);
  }
}
