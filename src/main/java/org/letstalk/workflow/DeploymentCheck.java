package org.letstalk.workflow;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.xml.ModelParseException;
import org.letstalk.workflow.modelrules.Beans;
import org.letstalk.workflow.modelrules.ModelRules;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.stereotype.Component;

/**
 * Every new deployment, by any route (Modeler or anything else through the REST API, the webapps, start-up), passes
 * the model rules inside the engine before anything of it is stored, or is refused whole with every problem named
 * ({@link ModelRefusedException}; the REST API answers 400). The build runs the same rules over processes/, so a
 * model that passed there is never refused here.
 */
@Component
class DeploymentCheck extends AbstractProcessEnginePlugin {

  private final ListableBeanFactory context;

  DeploymentCheck(ListableBeanFactory context) {
    this.context = context;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<Deployer> deployers = configuration.getCustomPreDeployers() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomPreDeployers());
    deployers.add(this::check);
    configuration.setCustomPreDeployers(deployers);
  }

  void check(DeploymentEntity deployment) {
    // A deployment read back into the engine's cache after a restart was checked when it was made.
    if (!deployment.isNew()) {
      return;
    }
    List<String> problems = new ArrayList<>();
    Map<String, ResourceEntity> resources = new TreeMap<>(deployment.getResources() == null ? Map.of()
        : deployment.getResources());
    resources.forEach((name, resource) -> {
      try {
        if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml")) {
          ModelRules.problems(Bpmn.readModelFromStream(new ByteArrayInputStream(resource.getBytes())), beans())
              .forEach(problem -> problems.add(name + ": " + problem));
        } else if (name.endsWith(".dmn") || name.endsWith(".dmn11.xml")) {
          ModelRules.problems(Dmn.readModelFromStream(new ByteArrayInputStream(resource.getBytes())))
              .forEach(problem -> problems.add(name + ": " + problem));
        }
      } catch (ModelParseException unreadable) {
        // Not a model the engine can read: its own parser refuses it with the reason.
      }
    });
    if (!problems.isEmpty()) {
      throw new ModelRefusedException(problems);
    }
  }

  private Beans beans() {
    Set<String> steps = new HashSet<>();
    for (Class<?> step : List.of(JavaDelegate.class, TaskListener.class, ExecutionListener.class)) {
      steps.addAll(List.of(context.getBeanNamesForType(step, true, false)));
    }
    return new Beans(steps, Set.of(context.getBeanDefinitionNames()));
  }
}
