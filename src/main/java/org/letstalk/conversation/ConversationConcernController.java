package org.letstalk.conversation;

import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import org.letstalk.safeguarding.ConcernInConversation;
import org.letstalk.safeguarding.SafeguardingConcern;
import org.letstalk.safeguarding.flow.ConcernsInConversations;
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

  private final ConcernsInConversations concerns;

  public ConversationConcernController(ConcernsInConversations concerns) {
    this.concerns = concerns;
  }

  /** The concern raised, the process that decides it, and the conversation it was raised in. */
  public record ConcernRaised(UUID concernId, String processInstanceId, String raisedInProcessInstanceId,
      Instant decisionDueAt) {
  }

  @PostMapping("/{processInstanceId}/safeguarding-concerns")
  public ResponseEntity<ConcernRaised> raise(@PathVariable String processInstanceId,
      @Valid @RequestBody ConcernInConversation body) {
    SafeguardingConcern concern = concerns.raise(processInstanceId, body);
    return ResponseEntity.created(URI.create("/api/safeguarding-concerns/" + concern.getId()))
        .body(new ConcernRaised(concern.getId(), concern.getProcessInstanceId(), processInstanceId,
            concern.getDecisionDueAt()));
  }
}
