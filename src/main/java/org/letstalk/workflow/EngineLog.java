package org.letstalk.workflow;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.letstalk.validation.InputRejectedException;
import org.letstalk.validation.NoSuchRecordException;
import org.letstalk.validation.NotAllowedException;
import org.letstalk.validation.Refusals;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;

/**
 * The engine logs every exception that ends a command at ERROR with its message and stack trace, and a refusal's
 * message quotes what was typed. A refusal of ours is logged once, by field and rule (validation.Refusals), so the
 * engine's record of it is dropped; a task or record that does not exist (answered 404) becomes one INFO line.
 * Everything else the engine logs stays as it is.
 */
@Component
class EngineLog extends TurboFilter {

  static final String COMMAND_LOG = "org.camunda.bpm.engine.context";

  EngineLog() {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback
        && logback.getTurboFilterList().stream().noneMatch(f -> f instanceof EngineLog)) {
      start();
      logback.addTurboFilter(this);
    }
  }

  @Override
  public FilterReply decide(Marker marker, ch.qos.logback.classic.Logger logger, Level level, String format,
      Object[] params, Throwable t) {
    if (level.levelInt < Level.INFO_INT || !COMMAND_LOG.equals(logger.getName())) {
      return FilterReply.NEUTRAL;
    }
    Throwable thrown = t != null ? t : lastThrowable(params);
    for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof InputRejectedException || cause instanceof NotAllowedException) {
        return FilterReply.DENY;
      }
      if (cause instanceof NoSuchRecordException || cause instanceof NotFoundException
          || cause instanceof NullValueException && String.valueOf(cause.getMessage()).startsWith("Cannot find")) {
        Refusals.notFound(cause.getMessage());
        return FilterReply.DENY;
      }
    }
    return FilterReply.NEUTRAL;
  }

  private static Throwable lastThrowable(Object[] params) {
    return params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last ? last : null;
  }
}
