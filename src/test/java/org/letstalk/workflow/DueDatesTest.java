package org.letstalk.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.letstalk.workflow.CouncilProperties.Nation;

class DueDatesTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private final DueDates due = new DueDates(Nation.ENGLAND);
  private final DueDates dueInWales = new DueDates(Nation.WALES);

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void oneWorkingDayFromFridayIsMondaysCloseOfBusiness() {
    at(2026, 11, 27, 11, 0); // Friday
    assertThat(due.workingDays(1)).isEqualTo(date(2026, 11, 30, 17, 0));
  }

  @Test
  void zeroWorkingDaysIsTodayBeforeCloseAndTheNextWorkingDayAfter() {
    at(2026, 11, 24, 9, 0);
    assertThat(due.workingDays(0)).isEqualTo(date(2026, 11, 24, 17, 0));
    at(2026, 11, 27, 18, 30); // Friday evening
    assertThat(due.workingDays(0)).isEqualTo(date(2026, 11, 30, 17, 0));
  }

  @Test
  void aWeekendContactCountsFromMonday() {
    at(2026, 11, 28, 10, 0); // Saturday
    assertThat(due.workingDays(1)).isEqualTo(date(2026, 12, 1, 17, 0));
  }

  // Bank holidays of England and Wales (Banking and Financial Dealings Act 1971, Sch. 1, and the yearly
  // proclamations): Boxing Day 2026 falls on a Saturday, so Monday 28 December is its substitute.
  @Test
  void christmasAndTheSubstituteBoxingDayAreNotWorkingDaysInEnglandOrWales() {
    at(2026, 12, 24, 11, 0); // Thursday
    assertThat(due.workingDays(1)).isEqualTo(date(2026, 12, 29, 17, 0));
    assertThat(dueInWales.workingDays(1)).isEqualTo(date(2026, 12, 29, 17, 0));
  }

  @Test
  void easterFromGoodFridayToEasterMondayCountsAsNoWorkingDays() {
    at(2027, 3, 25, 18, 0); // Thursday evening before Good Friday
    assertThat(due.workingDays(0)).isEqualTo(date(2027, 3, 30, 17, 0));
    assertThat(dueInWales.workingDays(2)).isEqualTo(date(2027, 4, 1, 17, 0));
  }

  @Test
  void aContactOnABankHolidayCountsFromTheNextWorkingDay() {
    at(2027, 8, 30, 10, 0); // the summer bank holiday of England and Wales
    assertThat(due.workingDays(0)).isEqualTo(date(2027, 8, 31, 17, 0));
    assertThat(due.isWorkingDay(LocalDate.of(2027, 8, 30))).isFalse();
    assertThat(dueInWales.isWorkingDay(LocalDate.of(2027, 8, 30))).isFalse();
  }

  @Test
  void aFixedPeriodIsCountedFromNow() {
    at(2026, 11, 24, 9, 0);
    assertThat(due.after("PT4H")).isEqualTo(date(2026, 11, 24, 13, 0));
  }

  private static void at(int y, int m, int d, int h, int min) {
    ClockUtil.setCurrentTime(date(y, m, d, h, min));
  }

  private static Date date(int y, int m, int d, int h, int min) {
    return Date.from(LocalDateTime.of(y, m, d, h, min).atZone(LONDON).toInstant());
  }
}
