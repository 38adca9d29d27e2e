package org.letstalk.dashboard;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.letstalk.crisis.CrisisSettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Counts, daily counts, percentiles and case lists over the rows of a {@link Figure}, for one period and team. */
@Component
class FigureQueries {

  static final int MOST_CASES_LISTED = 500;
  private static final Duration DUE_WINDOW = Duration.ofDays(30);

  private static final Set<Figure> SUMMARISED = EnumSet.of(Figure.CONTACTS, Figure.CONVERSATIONS,
      Figure.CONCLUDED_INVOLVEMENTS);

  /**
   * {@link Figure#FIRST_CONVERSATION} from the new cases' first conversations the triggers keep (V135), instead of
   * finding each contact's first among every conversation. A conversation dated before the period began counts here
   * as the contact's first; the scan passes over it.
   */
  private static final String FIRST_CONVERSATION_SUMMARY = """
      select f.person_id, f.name, f.arrived_at as at,
        case when f.first_at is null or f.first_at >= :asOf then 'WAITING' else 'SEEN' end as k1,
        cast(null as varchar(40)) as k2,
        case when f.first_at < :asOf then (extract(epoch from f.first_at) - extract(epoch from f.arrived_at)) / 86400.0
          end as v,
        cast(null as numeric) as amount, f.worker
      from dashboard_first_conversation f
      where f.arrived_at >= :from and f.arrived_at < :to
      """;

  private final NamedParameterJdbcTemplate jdbc;
  private final Duration checkInLate;
  private final boolean postgres;
  private final boolean summaries;

  @Autowired
  FigureQueries(NamedParameterJdbcTemplate jdbc, CrisisSettings crisis) {
    this(jdbc, crisis, true);
  }

  /** With {@code summaries} false every figure is counted from its rows, as on H2 (tests compare the two). */
  FigureQueries(NamedParameterJdbcTemplate jdbc, CrisisSettings crisis, boolean summaries) {
    this.jdbc = jdbc;
    this.checkInLate = Duration.parse(crisis.checkInInterval()).plus(Duration.parse(crisis.checkInGrace()));
    this.postgres = "PostgreSQL".equals(jdbc.getJdbcTemplate().execute(
        (ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName()));
    this.summaries = summaries && postgres;
  }

  record Tally(String k1, String k2, long count, BigDecimal amount) {
  }

  record DayCount(LocalDate day, String k1, String k2, long count) {
  }

  record Percentiles(long measured, Double median, Double p90) {
  }

  /** One row behind a figure; {@code days} where the figure measures time. */
  record CaseRow(UUID personId, String name, Instant at, String k1, String k2, Double days, BigDecimal amount) {
  }

  List<Tally> tally(Figure figure, Period period) {
    MapSqlParameterSource params = params(period);
    if (summarised(figure)) {
      return jdbc.query("select k1, k2, sum(n) as n from dashboard_day where " + summary(figure, period, params)
          + " group by k1, k2 having sum(n) <> 0",
          params, (rs, i) -> new Tally(blankAsNull(rs.getString("k1")), blankAsNull(rs.getString("k2")),
              rs.getLong("n"), null));
    }
    return jdbc.query("select k1, k2, count(*) as n, sum(amount) as amount from (" + rows(figure, period, params)
            + ") b group by k1, k2",
        params, (rs, i) -> new Tally(rs.getString("k1"), rs.getString("k2"), rs.getLong("n"),
            rs.getBigDecimal("amount")));
  }

  List<DayCount> perDay(Figure figure, Period period) {
    MapSqlParameterSource params = params(period);
    if (summarised(figure)) {
      return jdbc.query("select day as on_day, k1, k2, sum(n) as n from dashboard_day where "
              + summary(figure, period, params) + " group by day, k1, k2 having sum(n) <> 0",
          params, (rs, i) -> new DayCount(rs.getDate("on_day").toLocalDate(), blankAsNull(rs.getString("k1")),
              blankAsNull(rs.getString("k2")), rs.getLong("n")));
    }
    return jdbc.query("select cast(at as date) as on_day, k1, k2, count(*) as n from (" + rows(figure, period, params)
            + ") b group by cast(at as date), k1, k2",
        params, (rs, i) -> new DayCount(rs.getDate("on_day").toLocalDate(), rs.getString("k1"), rs.getString("k2"),
            rs.getLong("n")));
  }

  /** Median and 90th percentile of the figure's days, over the rows that have them. */
  Percentiles percentiles(Figure figure, Period period) {
    MapSqlParameterSource params = params(period);
    return jdbc.queryForObject("select count(v) as n, percentile_cont(0.5) within group (order by v) as median,"
            + " percentile_cont(0.9) within group (order by v) as p90 from (" + rows(figure, period, params)
            + ") b where v is not null",
        params, (rs, i) -> new Percentiles(rs.getLong("n"), rs.getObject("median") == null ? null
            : rs.getDouble("median"), rs.getObject("p90") == null ? null : rs.getDouble("p90")));
  }

  /** The cases behind a count, oldest first; k1 and k2 narrow it when given. */
  List<CaseRow> cases(Figure figure, Period period, String k1, String k2) {
    MapSqlParameterSource params = params(period);
    StringBuilder sql = new StringBuilder("select person_id, name, at, k1, k2, v, amount from (")
        .append(rows(figure, period, params)).append(") b where 1 = 1");
    if (k1 != null) {
      sql.append(" and k1 = :k1");
      params.addValue("k1", k1);
    }
    if (k2 != null) {
      sql.append(" and k2 = :k2");
      params.addValue("k2", k2);
    }
    sql.append(" order by at, name limit ").append(MOST_CASES_LISTED);
    return jdbc.query(sql.toString(), params, (rs, i) -> new CaseRow(rs.getObject("person_id", UUID.class),
        rs.getString("name"), rs.getTimestamp("at").toInstant(), rs.getString("k1"), rs.getString("k2"),
        rs.getObject("v") == null ? null : rs.getDouble("v"), rs.getBigDecimal("amount")));
  }

  /**
   * On PostgreSQL the counts per day of these figures come from dashboard_day, which triggers keep as rows are
   * written (db-postgresql/V135); the cases behind a count still come from the rows themselves.
   */
  private boolean summarised(Figure figure) {
    return summaries && SUMMARISED.contains(figure);
  }

  private static String summary(Figure figure, Period period, MapSqlParameterSource params) {
    params.addValue("figure", figure.name()).addValue("fromDay", java.sql.Date.valueOf(period.from()))
        .addValue("toDay", java.sql.Date.valueOf(period.to()));
    String where = "figure = :figure and day >= :fromDay and day <= :toDay";
    if (period.teamId() == null) {
      return where;
    }
    params.addValue("team", period.teamId());
    return where + " and worker in (select m.worker_user_id from team_member m where m.team_id = :team)";
  }

  private static String blankAsNull(String key) {
    return key == null || key.isEmpty() ? null : key;
  }

  private String rows(Figure figure, Period period, MapSqlParameterSource params) {
    String sql = summaries && figure == Figure.FIRST_CONVERSATION ? FIRST_CONVERSATION_SUMMARY : figure.sql();
    if (period.teamId() == null) {
      return sql;
    }
    params.addValue("team", period.teamId());
    return "select * from (" + sql + ") t"
        + " where t.worker in (select m.worker_user_id from team_member m where m.team_id = :team)";
  }

  private MapSqlParameterSource params(Period period) {
    if (postgres) {
      // PostgreSQL's JIT compiles for longer than these queries run; off for this transaction only.
      jdbc.getJdbcTemplate().execute("set local jit = off");
    }
    return new MapSqlParameterSource()
        .addValue("from", Timestamp.from(period.start()))
        .addValue("to", Timestamp.from(period.end()))
        .addValue("asOf", Timestamp.from(period.asOf()))
        .addValue("dueBy", Timestamp.from(period.asOf().plus(DUE_WINDOW)))
        .addValue("checkInBy", Timestamp.from(period.asOf().minus(checkInLate)));
  }
}
