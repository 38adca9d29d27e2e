package org.letstalk.workflow;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.letstalk.workflow.CouncilProperties.Nation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Due dates for user tasks, used from the models as {@code camunda:dueDate="${dueDates.workingDays(1)}"}.
 * Working days are Monday to Friday less the bank holidays of the council's nation, taken from Jollyday's
 * maintained calendar of the United Kingdom rather than a list a council would have to keep up.
 * Reads the engine's clock so process tests can move time.
 */
@Component("dueDates")
public class DueDates {

  static final ZoneId COUNCIL_TIME = ZoneId.of("Europe/London");
  static final LocalTime CLOSE_OF_BUSINESS = LocalTime.of(17, 0);
  private static final HolidayManager UNITED_KINGDOM =
      HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));

  private final String nation;

  @Autowired
  public DueDates(CouncilProperties council) {
    this(council.nation());
  }

  DueDates(Nation nation) {
    this.nation = nation.calendarSubdivision;
  }

  /** Close of business after {@code days} working days; 0 is today's close. */
  public Date workingDays(int days) {
    ZonedDateTime now = now();
    LocalDate date = now.toLocalDate();
    if (!isWorkingDay(date) || !now.toLocalTime().isBefore(CLOSE_OF_BUSINESS)) {
      date = nextWorkingDay(date);
    }
    for (int left = days; left > 0; left--) {
      date = nextWorkingDay(date);
    }
    return Date.from(date.atTime(CLOSE_OF_BUSINESS).atZone(COUNCIL_TIME).toInstant());
  }

  /** A fixed period from now, written as an ISO-8601 duration such as {@code PT4H} or {@code P14D}. */
  public Date after(String isoDuration) {
    return Date.from(now().plus(Duration.parse(isoDuration)).toInstant());
  }

  /** Monday to Friday and not a bank holiday where the council is. */
  public boolean isWorkingDay(LocalDate date) {
    return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
        && !UNITED_KINGDOM.isHoliday(date, nation);
  }

  private LocalDate nextWorkingDay(LocalDate date) {
    LocalDate next = date.plusDays(1);
    while (!isWorkingDay(next)) {
      next = next.plusDays(1);
    }
    return next;
  }

  private static ZonedDateTime now() {
    return ClockUtil.getCurrentTime().toInstant().atZone(COUNCIL_TIME);
  }

  /** The application clock follows the engine's, so domain timestamps and task dates agree in tests. */
  static Clock engineClock() {
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return COUNCIL_TIME;
      }

      @Override
      public Clock withZone(ZoneId zone) {
        return this;
      }

      @Override
      public java.time.Instant instant() {
        return ClockUtil.getCurrentTime().toInstant();
      }
    };
  }
}
