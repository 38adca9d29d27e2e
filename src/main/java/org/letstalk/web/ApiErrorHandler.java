package org.letstalk.web;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.letstalk.validation.ConflictException;
import org.letstalk.validation.InputRejectedException;
import org.letstalk.validation.NoSuchRecordException;
import org.letstalk.validation.NotAllowedException;
import org.letstalk.validation.Refusals;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Clear answers from the domain API: the field at fault for bad input, 403, 404 or 409 otherwise. */
@RestControllerAdvice(basePackages = "org.letstalk")
public class ApiErrorHandler {

  /** Every problem at once: the first names {@code field}, {@code message} holds them all, {@code problems} each. */
  @ExceptionHandler(InputRejectedException.class)
  ResponseEntity<ApiError> rejected(InputRejectedException e) {
    Refusals.rejected(e);
    List<ApiError.Problem> problems = e.getProblems().stream()
        .map(p -> new ApiError.Problem(p.field(), p.message())).toList();
    return ResponseEntity.badRequest()
        .body(new ApiError("InputRejected", e.getField(), e.getMessage(), problems));
  }

  /** A field of the wrong kind, or one the body does not have, is named; a body that is not JSON is not. */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
    return BodyProblems.of(e).map(this::rejected).orElseGet(() -> answer(HttpStatus.BAD_REQUEST, "UnreadableBody",
        null, "the request body is not valid JSON of the expected shape"));
  }

  /** Every constraint of the body's fields that the request breaks. */
  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<ApiError> invalid(MethodArgumentNotValidException e) {
    return rejected(BodyProblems.of(e));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ApiError> mismatch(MethodArgumentTypeMismatchException e) {
    Refusals.rejected(new InputRejectedException(e.getName(), "is not valid"));
    return answer(HttpStatus.BAD_REQUEST, "InputRejected", e.getName(), e.getName() + ": is not valid");
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<ApiError> missing(MissingServletRequestParameterException e) {
    Refusals.rejected(new InputRejectedException(e.getParameterName(), "is required"));
    return answer(HttpStatus.BAD_REQUEST, "InputRejected", e.getParameterName(), e.getParameterName() + ": is required");
  }

  /** A page opened in the browser answers with a page saying so; the API with JSON. */
  @ExceptionHandler({AuthorizationException.class, NotAllowedException.class})
  ResponseEntity<?> forbidden(RuntimeException e, jakarta.servlet.http.HttpServletRequest request) {
    if (RefusalPage.wanted(request)) {
      return RefusalPage.forbidden();
    }
    return answer(HttpStatus.FORBIDDEN, "Forbidden", null, "you are not allowed to do this");
  }

  @ExceptionHandler({NotFoundException.class, NullValueException.class, NoSuchRecordException.class})
  ResponseEntity<ApiError> notFound(RuntimeException e) {
    return answer(HttpStatus.NOT_FOUND, "NotFound", null, "not found");
  }

  /** A record in the way (a case already open, a plan no longer in force), named in the message. */
  @ExceptionHandler(ConflictException.class)
  ResponseEntity<ApiError> inTheWay(ConflictException e) {
    return answer(HttpStatus.CONFLICT, "Conflict", null, e.getMessage());
  }

  @ExceptionHandler(OptimisticLockingException.class)
  ResponseEntity<ApiError> conflict(OptimisticLockingException e) {
    return answer(HttpStatus.CONFLICT, "Conflict", null, "somebody else changed this at the same time; reload and try again");
  }

  /** Two requests recording the same thing at once (a new person by NHS number): the second finds it on resending. */
  @ExceptionHandler({DataIntegrityViolationException.class, ProcessEnginePersistenceException.class})
  ResponseEntity<ApiError> duplicate(RuntimeException e) {
    if (EngineRestErrors.uniqueViolation(e)) {
      return answer(HttpStatus.CONFLICT, "Conflict", null,
          "somebody recorded the same at the same moment; nothing of yours was saved: send it again");
    }
    throw e;
  }

  static ResponseEntity<ApiError> answer(HttpStatus status, String type, String field, String message) {
    return ResponseEntity.status(status).body(new ApiError(type, field, message, null));
  }
}
