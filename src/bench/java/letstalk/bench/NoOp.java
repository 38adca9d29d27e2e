package letstalk.bench;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Stands in for every delegate and listener of the bare process copies. */
@Component("benchNoOp")
class NoOp implements JavaDelegate, ExecutionListener, TaskListener {

  @Override
  public void execute(DelegateExecution execution) {
    // Bare copies measure the engine alone.
  }

  @Override
  public void notify(DelegateExecution execution) {
    // Bare copies measure the engine alone.
  }

  @Override
  public void notify(DelegateTask task) {
    // Bare copies measure the engine alone.
  }
}
