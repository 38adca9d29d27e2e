package org.letstalk.workflow;

import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * What a task's candidates and assignee may do with it: claim, hand back or pass on, and complete (TASK_WORK and
 * TASK_ASSIGN), never change it otherwise. The engine's default, UPDATE, also let them set any variable on the task
 * outside its completion, unchecked, which could jam the task for everyone.
 */
@Component
public class TaskWorkPermission extends AbstractProcessEnginePlugin {

  public static final Permission WORK_AND_ASSIGN = new Permission() {
    @Override
    public String getName() {
      return "TASK_WORK_AND_ASSIGN";
    }

    @Override
    public int getValue() {
      return TaskPermissions.TASK_WORK.getValue() | TaskPermissions.TASK_ASSIGN.getValue();
    }

    @Override
    public Resource[] getTypes() {
      return new Resource[] {Resources.TASK};
    }
  };

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setDefaultUserPermissionForTask(WORK_AND_ASSIGN);
  }
}
