package org.letstalk.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Migrations are append-only: a database in service has run every released migration, and Flyway refuses to start
 * on a database that lacks one numbered below its newest (an upgrade of release 42ac2d3 failed that way on V9).
 * So a released migration never changes or disappears, and a new one is numbered above every released one.
 */
class ReleasedMigrationsTest {

  static final Path RELEASED = Path.of("db/released-migrations.txt");
  static final List<String> LOCATIONS = List.of("db", "engine-db");
  private static final Pattern VERSIONED = Pattern.compile("V([0-9]+(?:[._][0-9]+)*)__.+\\.sql");

  @Test
  void noReleasedMigrationChangedOrDisappeared() throws IOException {
    List<String> problems = new ArrayList<>();
    released().forEach((file, checksum) -> {
      Path path = Path.of(file);
      if (!Files.exists(path)) {
        problems.add(file + " was released and has gone: put it back as it was");
      } else if (!checksum.equals(sha256(path))) {
        problems.add(file + " was released and has changed: put it back and write a new migration instead");
      }
    });
    assertThat(problems).isEmpty();
  }

  @Test
  void everyNewMigrationIsNumberedAboveEveryReleasedOne() throws IOException {
    Map<String, String> released = released();
    List<String> problems = new ArrayList<>();
    for (String location : LOCATIONS) {
      int[] highest = released.keySet().stream().filter(f -> f.startsWith(location + "/"))
          .map(f -> version(Path.of(f).getFileName().toString())).max(VERSION_ORDER).orElse(new int[] {0});
      for (Path migration : migrations(location)) {
        String file = location + "/" + migration.getFileName();
        int[] version = version(migration.getFileName().toString());
        if (!released.containsKey(file) && VERSION_ORDER.compare(version, highest) <= 0) {
          problems.add(file + " is numbered at or below " + text(highest)
              + ", the highest released in " + location + "/: number it above");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void theRuleSeesAMigrationSlippedInBelowTheReleasedOnes() {
    assertThat(VERSION_ORDER.compare(version("V9__carers.sql"), version("V11__unique_business_keys.sql"))).isNegative();
    assertThat(VERSION_ORDER.compare(version("V8_1__a.sql"), version("V8__b.sql"))).isPositive();
    assertThat(VERSION_ORDER.compare(version("V8_10__a.sql"), version("V8_9__b.sql"))).isPositive();
    assertThat(VERSION_ORDER.compare(version("V8_1__a.sql"), version("V9__b.sql"))).isNegative();
  }

  static Map<String, String> released() throws IOException {
    Map<String, String> released = new LinkedHashMap<>();
    for (String line : Files.readAllLines(RELEASED)) {
      String trimmed = line.strip();
      if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
        String[] parts = trimmed.split("\\s+");
        released.put(parts[0], parts[1]);
      }
    }
    assertThat(released).as("released migrations in " + RELEASED).isNotEmpty();
    return released;
  }

  static List<Path> migrations(String location) throws IOException {
    try (Stream<Path> files = Files.list(Path.of(location))) {
      return files.filter(p -> VERSIONED.matcher(p.getFileName().toString()).matches()).sorted().toList();
    }
  }

  /** Flyway's order: part by part as whole numbers (8.10 after 8.9), a missing part counting as 0. */
  static final Comparator<int[]> VERSION_ORDER = (a, b) -> {
    for (int i = 0; i < Math.max(a.length, b.length); i++) {
      int c = Integer.compare(i < a.length ? a[i] : 0, i < b.length ? b[i] : 0);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  };

  static int[] version(String fileName) {
    Matcher m = VERSIONED.matcher(fileName);
    assertThat(m.matches()).as(fileName + " is a versioned migration").isTrue();
    return Arrays.stream(m.group(1).split("[._]")).mapToInt(Integer::parseInt).toArray();
  }

  static String text(int[] version) {
    return String.join(".", Arrays.stream(version).mapToObj(String::valueOf).toList());
  }

  static String sha256(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r", "");
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (IOException | NoSuchAlgorithmException e) {
      throw new IllegalStateException(file.toString(), e);
    }
  }
}
