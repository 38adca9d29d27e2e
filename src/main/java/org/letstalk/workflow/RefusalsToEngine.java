package org.letstalk.workflow;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.delegate.DelegateInvocation;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.DelegateInterceptor;
import org.letstalk.validation.ConflictException;
import org.letstalk.validation.InputRejectedException;
import org.letstalk.validation.NotAllowedException;
import org.letstalk.validation.Refusals;
import org.springframework.stereotype.Component;

/**
 * The domain refuses in its own words ({@link InputRejectedException}, {@link NotAllowedException}) and knows
 * nothing of the engine. Here, around every delegate, listener and expression the engine calls, a refusal becomes
 * the engine's own: a form validation failure (Tasklist and the engine REST API answer 400, roll back, and the
 * task stays open) or an authorization failure (403). The domain's exception stays the cause.
 */
@Component
class RefusalsToEngine extends AbstractProcessEnginePlugin {

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setDelegateInterceptor(new Translating(configuration.getDelegateInterceptor()));
  }

  /** Bad input, as the engine's form validation reports it; the domain's exception is its cause. */
  static final class RejectedInput extends FormFieldValidationException {

    RejectedInput(InputRejectedException rejected) {
      super(rejected.getField(), rejected.getMessage(), rejected);
    }
  }

  private record Translating(DelegateInterceptor engine) implements DelegateInterceptor {

    @Override
    public void handleInvocation(DelegateInvocation invocation) throws Exception {
      try {
        engine.handleInvocation(invocation);
      } catch (InputRejectedException rejected) {
        Refusals.rejected(rejected);
        throw new RejectedInput(rejected);
      } catch (NotAllowedException refused) {
        Refusals.notAllowed(refused.getMessage());
        AuthorizationException forbidden = new AuthorizationException(refused.getMessage());
        forbidden.initCause(refused);
        throw forbidden;
      }
    }
  }

  /**
   * The domain's refusal behind what the engine threw to a Java caller, so the API answers it as the domain
   * said it; anything else as it is.
   */
  static RuntimeException domainCause(RuntimeException thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof InputRejectedException || t instanceof NotAllowedException || t instanceof ConflictException) {
        return (RuntimeException) t;
      }
    }
    return thrown;
  }
}
