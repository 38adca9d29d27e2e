package org.letstalk.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.letstalk.validation.InputRejectedException;
import org.letstalk.validation.InputRejectedException.Problem;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;

/**
 * What is wrong with a request body, in the words forms use, each problem naming its field: a value of the wrong
 * kind or a field the body does not have (as Jackson reads it), and every constraint it breaks (as Bean Validation
 * checks it), all at once and in the order of the body's fields.
 */
final class BodyProblems {

  private BodyProblems() {
  }

  /** The field a body could not be read at, if the body is JSON at all. */
  static Optional<InputRejectedException> of(HttpMessageNotReadableException unreadable) {
    if (unreadable.getCause() instanceof UnrecognizedPropertyException unknown) {
      ApiRequest what = unknown.getReferringClass().getAnnotation(ApiRequest.class);
      return Optional.of(new InputRejectedException(unknown.getPropertyName(),
          "is not a field of " + (what == null ? "this request" : what.value())));
    }
    if (unreadable.getCause() instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
      JsonMappingException.Reference at = mismatched.getPath().get(mismatched.getPath().size() - 1);
      if (at.getFieldName() != null) {
        return Optional.of(new InputRejectedException(at.getFieldName(), problem(mismatched)));
      }
    }
    return Optional.empty();
  }

  private static String problem(MismatchedInputException mismatched) {
    Class<?> type = mismatched.getTargetType();
    if (type == null) {
      return "is not valid";
    }
    if (type.isEnum()) {
      String allowed = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
          .collect(Collectors.joining(", "));
      return mismatched instanceof InvalidFormatException invalid && invalid.getValue() instanceof String text
          ? "'" + abbreviate(text) + "' is not one of " + allowed : "must be one of " + allowed;
    }
    if (type == String.class) {
      return "must be text";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "must be true or false";
    }
    if (type == LocalDate.class) {
      return "must be a date written yyyy-mm-dd";
    }
    if (type == BigDecimal.class) {
      return "must be an amount in pounds";
    }
    if (type == UUID.class) {
      return "is not a record id";
    }
    return "is not valid";
  }

  /** Every constraint the body breaks, one problem a field, in the order of the body's fields. */
  static InputRejectedException of(MethodArgumentNotValidException invalid) {
    Class<?> body = invalid.getParameter().getParameterType();
    List<String> order = body.isRecord()
        ? Arrays.stream(body.getRecordComponents()).map(RecordComponent::getName).toList() : List.of();
    Map<String, Problem> byField = new LinkedHashMap<>();
    List<FieldError> errors = new ArrayList<>(invalid.getBindingResult().getFieldErrors());
    errors.sort(Comparator.comparingInt((FieldError e) -> order.indexOf(e.getField()))
        .thenComparingInt(e -> isMissing(e) ? 0 : 1));
    for (FieldError error : errors) {
      byField.putIfAbsent(error.getField(), new Problem(error.getField(), message(body, error)));
    }
    return new InputRejectedException(new ArrayList<>(byField.values()));
  }

  private static boolean isMissing(FieldError error) {
    return "NotNull".equals(error.getCode()) || "NotBlank".equals(error.getCode());
  }

  /** A missing choice says what the choices are, as forms do. */
  private static String message(Class<?> body, FieldError error) {
    String message = error.getDefaultMessage();
    if ("NotNull".equals(error.getCode()) && body.isRecord()) {
      for (RecordComponent component : body.getRecordComponents()) {
        if (component.getName().equals(error.getField()) && component.getType().isEnum()) {
          return "is required; one of " + Arrays.stream(component.getType().getEnumConstants())
              .map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
        }
      }
    }
    return message;
  }

  private static String abbreviate(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
