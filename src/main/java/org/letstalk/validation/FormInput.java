package org.letstalk.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads submitted form values (process or task variables, or a REST body) with the checks every
 * caller needs, so the Tasklist path and the domain API reject bad input with the same words.
 */
public final class FormInput {

  public static final int SHORT_TEXT = 200;
  public static final int LONG_TEXT = 4000;

  private final Map<String, ?> values;

  private FormInput(Map<String, ?> values) {
    this.values = values;
  }

  public static FormInput of(Map<String, ?> values) {
    return new FormInput(values);
  }

  public boolean has(String field) {
    Object value = values.get(field);
    return value != null && !(value instanceof String s && s.isBlank());
  }

  public String requiredText(String field, int maxLength) {
    String text = optionalText(field, maxLength);
    if (text == null) {
      throw new InputRejectedException(field, "is required");
    }
    return text;
  }

  public String optionalText(String field, int maxLength) {
    Object value = values.get(field);
    if (value == null) {
      return null;
    }
    if (!(value instanceof String text)) {
      throw new InputRejectedException(field, "must be text");
    }
    String trimmed = text.strip();
    if (trimmed.isEmpty()) {
      return null;
    }
    if (trimmed.length() > maxLength) {
      throw new InputRejectedException(field, "is longer than " + maxLength + " characters");
    }
    return trimmed;
  }

  public boolean requiredFlag(String field) {
    Object value = values.get(field);
    if (value == null) {
      throw new InputRejectedException(field, "must be answered yes or no");
    }
    return flag(field, value);
  }

  public boolean optionalFlag(String field) {
    Object value = values.get(field);
    return value != null && flag(field, value);
  }

  private static boolean flag(String field, Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    if (value instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
      return Boolean.parseBoolean(s);
    }
    throw new InputRejectedException(field, "must be true or false");
  }

  public <E extends Enum<E>> E requiredChoice(String field, Class<E> choices) {
    E choice = optionalChoice(field, choices);
    if (choice == null) {
      throw new InputRejectedException(field, "is required; one of " + allowed(choices));
    }
    return choice;
  }

  public <E extends Enum<E>> E optionalChoice(String field, Class<E> choices) {
    String text = optionalText(field, SHORT_TEXT);
    if (text == null) {
      return null;
    }
    try {
      return Enum.valueOf(choices, text);
    } catch (IllegalArgumentException e) {
      throw new InputRejectedException(field, "'" + abbreviate(text) + "' is not one of " + allowed(choices));
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
      throw new InputRejectedException(field, "must be a date written yyyy-mm-dd");
    }
  }

  public LocalDate requiredDate(String field) {
    LocalDate date = optionalDate(field);
    if (date == null) {
      throw new InputRejectedException(field, "is required");
    }
    return date;
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
      throw new InputRejectedException(field, "must be an amount in pounds");
    }
    if (amount.signum() < 0) {
      throw new InputRejectedException(field, "must not be negative");
    }
    if (amount.scale() > 2 || amount.compareTo(new BigDecimal("1000000")) >= 0) {
      throw new InputRejectedException(field, "must be pounds and pence below £1,000,000");
    }
    return amount;
  }

  public BigDecimal requiredAmount(String field) {
    BigDecimal amount = optionalAmount(field);
    if (amount == null) {
      throw new InputRejectedException(field, "is required");
    }
    return amount;
  }

  private static String allowed(Class<? extends Enum<?>> choices) {
    return Arrays.stream(choices.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }

  private static String abbreviate(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
