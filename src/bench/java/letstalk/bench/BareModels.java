package letstalk.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.Signal;
import org.camunda.bpm.model.xml.instance.DomElement;

/**
 * Bare copies of the deployed processes, made from the real models at every run so they never drift: the
 * same elements, wait states, transaction boundaries, expressions and forms, but every delegate and
 * listener replaced by the no-op bean, so no domain code or table is touched.
 */
final class BareModels {

  private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  private static final String NO_OP = "${benchNoOp}";

  private BareModels() {
  }

  /** Deploys a bare copy of each process, startable by the same groups as the real one. */
  static void deploy(RepositoryService repository, AuthorizationService authorizations, Set<String> processKeys) {
    var deployment = repository.createDeployment().name("benchmark bare copies");
    for (String key : processKeys) {
      ProcessDefinition real = repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
          .singleResult();
      if (real == null) {
        throw new IllegalStateException("Process " + key + " is not deployed");
      }
      BpmnModelInstance model;
      try (InputStream xml = repository.getProcessModel(real.getId())) {
        model = Bpmn.readModelFromStream(xml);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      strip(model, processKeys);
      deployment.addModelInstance(Client.bare(key) + ".bpmn", model);
      copyStartPermissions(authorizations, key);
    }
    deployment.deploy();
  }

  static void strip(BpmnModelInstance model, Set<String> processKeys) {
    for (Process process : model.getModelElementsByType(Process.class)) {
      process.setName("Bare copy of " + process.getId());
      process.setId(Client.bare(process.getId()));
    }
    for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
      if (processKeys.contains(call.getCalledElement())) {
        call.setCalledElement(Client.bare(call.getCalledElement()));
      }
    }
    // Message and signal names are global in the engine: the copies get their own.
    model.getModelElementsByType(Message.class).stream().filter(m -> m.getName() != null)
        .forEach(m -> m.setName(Client.bare(m.getName())));
    model.getModelElementsByType(Signal.class).stream().filter(s -> s.getName() != null)
        .forEach(s -> s.setName(Client.bare(s.getName())));
    replaceCode(model.getDocument().getRootElement());
  }

  /** Delegates on BPMN elements (camunda:class/delegateExpression/expression) and on listeners. */
  private static void replaceCode(DomElement element) {
    boolean listener = CAMUNDA.equals(element.getNamespaceURI())
        && (element.getLocalName().equals("executionListener") || element.getLocalName().equals("taskListener"));
    if (listener) {
      if (element.hasAttribute("class") || element.hasAttribute("expression")
          || element.hasAttribute("delegateExpression")) {
        element.removeAttribute("class");
        element.removeAttribute("expression");
        element.setAttribute("delegateExpression", NO_OP);
      }
    } else if (element.hasAttribute(CAMUNDA, "class") || element.hasAttribute(CAMUNDA, "expression")
        || element.hasAttribute(CAMUNDA, "delegateExpression")) {
      element.removeAttribute(CAMUNDA, "class");
      element.removeAttribute(CAMUNDA, "expression");
      element.removeAttribute(CAMUNDA, "resultVariable");
      element.setAttribute(CAMUNDA, "delegateExpression", NO_OP);
    }
    element.getChildElements().forEach(BareModels::replaceCode);
  }

  private static void copyStartPermissions(AuthorizationService authorizations, String key) {
    for (Authorization real : authorizations.createAuthorizationQuery().resourceType(Resources.PROCESS_DEFINITION)
        .resourceId(key).list()) {
      var existing = authorizations.createAuthorizationQuery().resourceType(Resources.PROCESS_DEFINITION)
          .resourceId(Client.bare(key));
      if (real.getGroupId() != null) {
        existing.groupIdIn(real.getGroupId());
      } else {
        existing.userIdIn(real.getUserId());
      }
      Authorization copy = existing.singleResult();
      if (copy == null) {
        copy = authorizations.createNewAuthorization(real.getAuthorizationType());
      }
      copy.setGroupId(real.getGroupId());
      copy.setUserId(real.getUserId());
      copy.setResource(Resources.PROCESS_DEFINITION);
      copy.setResourceId(Client.bare(key));
      copy.setPermissions(real.getPermissions(ProcessDefinitionPermissions.values()));
      authorizations.saveAuthorization(copy);
    }
  }
}
