package org.letstalk.longtermsupport;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.UUID;
import org.letstalk.conversation.Conversation;
import org.letstalk.conversation.ConversationOutcome;
import org.letstalk.conversation.ConversationRecord;
import org.letstalk.conversation.ConversationRepository;
import org.letstalk.record.RecordReads;
import org.letstalk.record.RecordReads.RecordView;
import org.letstalk.record.Viewer;
import org.letstalk.validation.NoSuchRecordException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/conversations/{id}}: a Let's Talk 1, 2 or 3 with its full content. Here rather than in the
 * conversation feature because Let's Talk 3, which builds on the others, is one of the conversations it reads.
 */
@RestController
class ConversationReadController {

  private final ConversationRepository conversations;
  private final LetsTalk3Repository longTerm;
  private final RecordReads reads;

  ConversationReadController(ConversationRepository conversations, LetsTalk3Repository longTerm, RecordReads reads) {
    this.conversations = conversations;
    this.longTerm = longTerm;
    this.reads = reads;
  }

  @Operation(summary = "A Let's Talk 1, 2 or 3 conversation with the proforma's full content")
  @GetMapping("/api/conversations/{conversationId}")
  @Transactional
  public RecordView read(HttpServletRequest request, @PathVariable UUID conversationId) {
    Viewer viewer = Viewer.of(request);
    Optional<Conversation> held = conversations.findById(conversationId);
    if (held.isPresent()) {
      Conversation c = held.get();
      boolean hidden = c.getOutcome() == ConversationOutcome.SAFEGUARDING && !reads.maySeeSafeguarding(viewer);
      reads.read(c.getPersonId(), viewer, "CONVERSATION");
      return new RecordView(c.getId(), c.getPersonId(), c.getType().name(), ConversationRecord.name(c.getType()),
          c.getHeldAt(), reads.nameOf(c.getHeldBy()), ConversationRecord.proforma(c, hidden));
    }
    LetsTalk3 c = longTerm.findById(conversationId)
        .orElseThrow(() -> new NoSuchRecordException("no conversation " + conversationId));
    reads.read(c.getPersonId(), viewer, "CONVERSATION");
    return new RecordView(c.getId(), c.getPersonId(), "LT3", "Let's Talk 3 conversation",
        c.getHeldAt() != null ? c.getHeldAt() : c.getStartedAt(), reads.nameOf(c.getHeldBy()),
        LetsTalk3Record.analysis(c));
  }
}
