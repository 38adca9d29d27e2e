package org.letstalk.conversation;

import org.letstalk.conversation.flow.ConversationConcerns;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.letstalk.safeguarding.SafeguardingConcern;
import org.letstalk.validation.InputRejectedException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A practitioner raises a safeguarding concern while their Let's Talk 1 or 2 is under way. */
@RestController
@RequestMapping("/api/conversations")
public class ConversationConcernController {

  /** What the practitioner tells: the person and where it was raised come from the conversation. */
  static final Set<String> FIELDS = Set.of("concernDescription", "abuseType", "allegedPersonName",
      "allegedPersonRelationship", "immediateDanger", "emergencyActionTaken", "personWants", "capacity");

  private final ConversationConcerns concerns;

  public ConversationConcernController(ConversationConcerns concerns) {
    this.concerns = concerns;
  }

  @PostMapping("/{processInstanceId}/safeguarding-concerns")
  public ResponseEntity<Map<String, Object>> raise(@PathVariable String processInstanceId,
      @RequestBody Map<String, Object> body) {
    for (String field : body.keySet()) {
      if (!FIELDS.contains(field)) {
        throw new InputRejectedException(field, "is not a field of a safeguarding concern raised in a conversation");
      }
    }
    SafeguardingConcern concern = concerns.raise(processInstanceId, new HashMap<>(body));
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("concernId", concern.getId());
    answer.put("processInstanceId", concern.getProcessInstanceId());
    answer.put("raisedInProcessInstanceId", processInstanceId);
    answer.put("decisionDueAt", concern.getDecisionDueAt());
    return ResponseEntity.created(URI.create("/api/safeguarding-concerns/" + concern.getId())).body(answer);
  }
}
