package org.letstalk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A person's rows of a quarter's Client Level Data file, read back from the CSV as submitted and checked against
 * the specification: a story's test then compares them field by field.
 */
public final class ClientLevelDataRows {

  private ClientLevelDataRows() {
  }

  /** The rows about {@code person} of the quarter that holds today. */
  public static List<Map<String, String>> ofThisQuarter(ClientLevelData cld, UUID person) {
    LocalDate today = LocalDate.now();
    return of(cld, person, today.withDayOfMonth(1).minusMonths((today.getMonthValue() - 1) % 3));
  }

  /** The rows about {@code person} (as the person or as the carer) of the quarter starting on {@code from}. */
  public static List<Map<String, String>> of(ClientLevelData cld, UUID person, LocalDate from) {
    ClientLevelData.Extract extract = cld.extract(from, from.plusMonths(3).minusDays(1));
    try (CSVParser csv = CSVParser.parse(new StringReader(extract.csv()),
        CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
      List<String> header = csv.getHeaderNames();
      List<Map<String, String>> rows = csv.getRecords().stream().map(ClientLevelDataRows::row)
          .filter(row -> person.toString().equals(row.get(ClientLevelDataSpecification.PERSON_ID))).toList();
      assertThat(header).as("the specification's fields, in order").isEqualTo(ClientLevelDataSpecification.COLUMNS);
      assertThat(ClientLevelDataSpecification.check(header, rows)).as("the person's rows pass every check").isEmpty();
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, String> row(CSVRecord record) {
    Map<String, String> row = new HashMap<>();
    record.toMap().forEach((k, v) -> row.put(k, v.isEmpty() ? null : v));
    return row;
  }
}
