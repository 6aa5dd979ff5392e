package org.pmc.requests.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;

/**
 * What the deployed models say about their wait states, for partners: the properties {@code request.step},
 * {@code request.waitingFor} and {@code request.next} of an element or of the scopes around it. Deployed models
 * never change, so what is read once per definition and element is kept.
 */
@Component
class WaitModel {

  static final String STEP = "request.step";
  static final String WAITING_FOR = "request.waitingFor";
  static final String NEXT = "request.next";

  private final RepositoryService repository;
  private final Map<String, Optional<String>> read = new ConcurrentHashMap<>();

  WaitModel(RepositoryService repository) {
    this.repository = repository;
  }

  /** The property on the element or, failing that, on the wait it belongs to or the scopes around it. */
  Optional<String> property(String definitionId, String activityId, String name) {
    return read(definitionId, activityId, name, element -> inherited(element, name));
  }

  String name(String definitionId, String activityId) {
    return read(definitionId, activityId, "name",
        element -> element instanceof FlowElement flow ? Optional.ofNullable(flow.getName()) : Optional.empty())
        .orElse(activityId);
  }

  /** A user task's candidate groups, for the default of whom it waits for. */
  Optional<String> candidateGroups(String definitionId, String activityId) {
    return read(definitionId, activityId, "candidateGroups",
        element -> element instanceof UserTask task ? Optional.ofNullable(task.getCamundaCandidateGroups())
            : Optional.empty());
  }

  private Optional<String> read(String definitionId, String activityId, String what,
      Function<ModelElementInstance, Optional<String>> reader) {
    return read.computeIfAbsent(definitionId + '/' + activityId + '/' + what, key -> {
      ModelElementInstance element = repository.getBpmnModelInstance(definitionId).getModelElementById(activityId);
      return element == null ? Optional.empty() : reader.apply(element);
    });
  }

  private static Optional<String> inherited(ModelElementInstance element, String name) {
    if (element == null) {
      return Optional.empty();
    }
    Optional<String> value = own(element, name);
    if (value.isPresent()) {
      return value;
    }
    // A boundary event belongs to the wait it interrupts: "Customer answered" is the customer's.
    return inherited(element instanceof BoundaryEvent boundary ? boundary.getAttachedTo()
        : element.getParentElement(), name);
  }

  private static Optional<String> own(ModelElementInstance element, String name) {
    if (!(element instanceof BaseElement base) || base.getExtensionElements() == null) {
      return Optional.empty();
    }
    return base.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
        .flatMap(properties -> properties.getCamundaProperties().stream())
        .filter(property -> name.equals(property.getCamundaName()))
        .map(CamundaProperty::getCamundaValue)
        .findFirst();
  }
}
