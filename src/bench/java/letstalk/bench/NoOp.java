package letstalk.bench;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Stands in for every delegate and listener of the bare process copies. Where later steps need what a delegate
 * does to the engine (variables set inside a called process, a process started), {@link BareDelegates} registers
 * that engine work here by activity id: the same engine calls, no domain work.
 */
@Component("benchNoOp")
class NoOp implements JavaDelegate, ExecutionListener, TaskListener {

  private static final Map<String, Consumer<DelegateExecution>> ENGINE_WORK = new ConcurrentHashMap<>();

  /** What the real delegate of {@code activityId} does to the engine. */
  static void does(String activityId, Consumer<DelegateExecution> engineWork) {
    ENGINE_WORK.put(activityId, engineWork);
  }

  @Override
  public void execute(DelegateExecution execution) {
    Consumer<DelegateExecution> work = ENGINE_WORK.get(execution.getCurrentActivityId());
    if (work != null) {
      work.accept(execution);
    }
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
