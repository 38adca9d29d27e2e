package org.letstalk.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads submitted form values (a task's or a start form's variables) with the checks every caller needs, in the
 * same words as the API's answers. A value that is missing or wrong is noted and read as absent, so that every
 * problem of the form is reported at once: use {@link #read}, which throws them all when the reader is done.
 */
public final class FormInput {

  public static final int SHORT_TEXT = 200;
  public static final int LONG_TEXT = 4000;

  private final Map<String, ?> values;
  private final Problems problems = new Problems();
  private final boolean stopAtFirst;

  private FormInput(Map<String, ?> values, boolean stopAtFirst) {
    this.values = values;
    this.stopAtFirst = stopAtFirst;
  }

  /** Reads values one at a time, throwing at the first problem. */
  public static FormInput of(Map<String, ?> values) {
    return new FormInput(values, true);
  }

  /**
   * Reads {@code values} with {@code reader} and returns what it made, or throws every problem the reader found.
   * A reader that stumbles over a value it was told is missing (and so fails) reports the problems found so far.
   */
  public static <T> T read(Map<String, ?> values, Function<FormInput, T> reader) {
    FormInput in = new FormInput(values, false);
    T result;
    try {
      result = reader.apply(in);
    } catch (InputRejectedException e) {
      in.problems.addAll(e);
      throw in.rejection();
    } catch (RuntimeException e) {
      if (in.problems.isEmpty()) {
        throw e;
      }
      throw in.rejection();
    }
    in.problems.throwIfAny();
    return result;
  }

  private InputRejectedException rejection() {
    try {
      problems.throwIfAny();
    } catch (InputRejectedException all) {
      return all;
    }
    throw new IllegalStateException("no problem to report");
  }

  /** Notes a problem that a rule across fields found. */
  public void reject(String field, String problem) {
    if (stopAtFirst) {
      throw new InputRejectedException(field, problem);
    }
    problems.add(field, problem);
  }

  /** Whether a problem is already noted for {@code field}: a rule depending on it should not pile on another. */
  public boolean rejected(String field) {
    return problems.has(field);
  }

  public boolean has(String field) {
    Object value = values.get(field);
    return value != null && !(value instanceof String s && s.isBlank());
  }

  public String requiredText(String field, int maxLength) {
    if (values.get(field) == null || values.get(field) instanceof String s && s.isBlank()) {
      reject(field, "is required");
      return null;
    }
    return optionalText(field, maxLength);
  }

  public String optionalText(String field, int maxLength) {
    Object value = values.get(field);
    if (value == null) {
      return null;
    }
    if (!(value instanceof String text)) {
      reject(field, "must be text");
      return null;
    }
    String trimmed = text.strip();
    if (trimmed.isEmpty()) {
      return null;
    }
    if (trimmed.length() > maxLength) {
      reject(field, "is longer than " + maxLength + " characters");
      return null;
    }
    return trimmed;
  }

  /** A yes or no answer that must be given; read as no when it is missing or wrong (and the problem noted). */
  public boolean requiredFlag(String field) {
    Object value = values.get(field);
    if (value == null) {
      reject(field, "must be answered yes or no");
      return false;
    }
    return flag(field, value);
  }

  public boolean optionalFlag(String field) {
    Object value = values.get(field);
    return value != null && flag(field, value);
  }

  private boolean flag(String field, Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    if (value instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
      return Boolean.parseBoolean(s);
    }
    reject(field, "must be true or false");
    return false;
  }

  public <E extends Enum<E>> E requiredChoice(String field, Class<E> choices) {
    if (!has(field)) {
      reject(field, "is required; one of " + allowed(choices));
      return null;
    }
    return optionalChoice(field, choices);
  }

  public <E extends Enum<E>> E optionalChoice(String field, Class<E> choices) {
    String text = optionalText(field, SHORT_TEXT);
    if (text == null) {
      return null;
    }
    try {
      return Enum.valueOf(choices, text);
    } catch (IllegalArgumentException e) {
      reject(field, "'" + abbreviate(text) + "' is not one of " + allowed(choices));
      return null;
    }
  }

  public LocalDate optionalDate(String field) {
    Object value = values.get(field);
    if (value == null || value instanceof String s && s.isBlank()) {
      return null;
    }
    if (value instanceof LocalDate date) {
      return date;
    }
    if (value instanceof java.util.Date date) {
      return new java.sql.Date(date.getTime()).toLocalDate();
    }
    String text = value.toString().strip();
    try {
      // Forms send yyyy-MM-dd; a date-time is cut to its date.
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      reject(field, "must be a date written yyyy-mm-dd");
      return null;
    }
  }

  public LocalDate requiredDate(String field) {
    if (!has(field)) {
      reject(field, "is required");
      return null;
    }
    return optionalDate(field);
  }

  public BigDecimal optionalAmount(String field) {
    Object value = values.get(field);
    if (value == null || value instanceof String s && s.isBlank()) {
      return null;
    }
    BigDecimal amount;
    try {
      amount = value instanceof Number n ? new BigDecimal(n.toString()) : new BigDecimal(value.toString().strip());
    } catch (NumberFormatException e) {
      reject(field, "must be an amount in pounds");
      return null;
    }
    String problem = Amounts.problem(amount);
    if (problem != null) {
      reject(field, problem);
      return null;
    }
    return amount;
  }

  public BigDecimal requiredAmount(String field) {
    if (!has(field)) {
      reject(field, "is required");
      return null;
    }
    return optionalAmount(field);
  }

  /** A value some rule of the caller turns into something else (an NHS number, a postcode, a period). */
  public <T> T optional(String field, int maxLength, Function<String, T> parse) {
    String text = optionalText(field, maxLength);
    if (text == null) {
      return null;
    }
    try {
      return parse.apply(text);
    } catch (InputRejectedException e) {
      if (stopAtFirst) {
        throw e;
      }
      problems.addAll(e);
      return null;
    }
  }

  static String allowed(Class<? extends Enum<?>> choices) {
    return Arrays.stream(choices.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }

  static String abbreviate(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
