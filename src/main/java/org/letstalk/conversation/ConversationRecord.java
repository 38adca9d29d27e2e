package org.letstalk.conversation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.letstalk.record.EntryKind;
import org.letstalk.record.TimelineEntry;
import org.letstalk.record.TimelineSource;
import org.letstalk.record.Viewer;
import org.letstalk.record.Visibility;
import org.letstalk.record.Words;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Let's Talk 1 and 2 in the chronology with the proforma's content [T 2.33]: needs, strengths, what matters, actions,
 * how the person took part, carers, the outcome and its rationale. An outcome of a safeguarding concern shows only to
 * those who may read safeguarding detail, so nobody else can tell a concern exists.
 */
@Component
@Transactional(readOnly = true)
public class ConversationRecord implements TimelineSource {

  private final ConversationRepository conversations;

  ConversationRecord(ConversationRepository conversations) {
    this.conversations = conversations;
  }

  @Override
  public List<TimelineEntry> entriesFor(UUID personId, Viewer viewer) {
    boolean readsSafeguarding = viewer.maySee(Visibility.SAFEGUARDING);
    List<TimelineEntry> entries = new ArrayList<>();
    for (Conversation c : conversations.findByPersonIdOrderByHeldAt(personId)) {
      boolean hidden = c.getOutcome() == ConversationOutcome.SAFEGUARDING && !readsSafeguarding;
      entries.add(new TimelineEntry(c.getHeldAt(), EntryKind.CONVERSATION,
          name(c.getType()) + (c.getOutcome() == null || hidden ? "" : ": " + outcome(c.getOutcome())),
          proforma(c, hidden), c.getHeldBy(), Visibility.EVERYONE, null, "/api/conversations/" + c.getId()));
    }
    return entries;
  }

  @Override
  public Set<EntryKind> kinds() {
    return EnumSet.of(EntryKind.CONVERSATION);
  }

  /** Every field of the proforma, in its order; the outcome left out when {@code outcomeHidden}. */
  public static List<String> proforma(Conversation c, boolean outcomeHidden) {
    List<String> lines = new ArrayList<>();
    lines.add(Words.line("Held", c.getHeldHow() == null ? null : Words.of(c.getHeldHow())));
    lines.add(Words.line("What must happen today and tomorrow", c.getTodayAndTomorrow()));
    lines.add(Words.line("Presenting needs", c.getPresentingNeeds()));
    lines.add(Words.line("Relevant circumstances", c.getRelevantCircumstances()));
    lines.add(Words.line("What matters, in their own words", c.getWhatMatters().whatMatters()));
    lines.add(Words.line("What matters to the person: wellbeing and outcomes", c.getWellbeingAndOutcomes()));
    lines.add(Words.line("What stands in the way of those outcomes", c.getWhatMatters().barriers()));
    if (c.getStrengths() != null) {
      lines.add(Words.line("Strengths: personal", c.getStrengths().personal()));
      lines.add(Words.line("Strengths: family, friends and network", c.getStrengths().network()));
      lines.add(Words.line("Strengths: community", c.getStrengths().community()));
    }
    lines.add(Words.line("Risks explored and the actions to take", c.getRisks().explored()));
    if (c.getRisks().urgent()) {
      lines.add("Needs urgent action: " + String.join(", ", urgentNeeds(c.getRisks())));
      lines.add(Words.line("Done now", c.getRisks().urgentAction()));
    }
    lines.add(Words.line("Agreed actions", c.getAgreedActions()));
    lines.add(Words.line("Community connections made", c.getCommunityConnections()));
    lines.add(Words.line("How the person took part", Words.of(c.getParticipation())));
    lines.add(Words.line("About their taking part", c.getParticipationNotes()));
    lines.add(Words.line("Capacity for the decision", c.getHasCapacity() == null ? null : Words.yesNo(c.getHasCapacity())));
    lines.add(Words.line("Best-interests decision", c.getBestInterestsDecision()));
    lines.add(Words.line("Represented by", c.getRepresentative()));
    lines.add(Words.line("Advocate", c.getAdvocate() == null ? null : Words.of(c.getAdvocate())));
    lines.add("Informal carer present: " + Words.yesNo(c.isCarerPresent()));
    lines.add(Words.line("Carer's conversation refused", c.getCarerConversationRefused() == null ? null
        : Words.yesNo(c.getCarerConversationRefused())));
    lines.add(Words.line("Why the carer refused", c.getCarerRefusedReason()));
    if (c.isFundingChange()) {
      lines.add(Words.line("Change to funded support", c.getNewWeeklyCost() == null ? "asked for"
          : "new weekly cost £" + c.getNewWeeklyCost()));
      lines.add(Words.line("The change", c.getFundingChangeStatus()));
      lines.add(Words.line("Why", c.getFundingChangeReason()));
    }
    if (!outcomeHidden) {
      lines.add(Words.line("Outcome", c.getOutcome() == null ? null : outcome(c.getOutcome())));
      lines.add(Words.line("Rationale", c.getOutcomeRationale()));
    }
    return lines;
  }

  private static List<String> urgentNeeds(Risks risks) {
    List<String> needs = new ArrayList<>();
    if (risks.selfNeglect()) {
      needs.add("self-neglect");
    }
    if (risks.hoarding()) {
      needs.add("hoarding");
    }
    if (risks.failureToGainAccess()) {
      needs.add("failure to gain access");
    }
    return needs;
  }

  public static String name(ConversationType type) {
    return type == ConversationType.LT1 ? "Let's Talk 1 conversation" : "Let's Talk 2 conversation (crisis)";
  }

  static String outcome(ConversationOutcome outcome) {
    return switch (outcome) {
      case NO_ONGOING_NEED -> "no ongoing need";
      case LT1 -> "another Let's Talk 1";
      case LT2 -> "Let's Talk 2";
      case LT3 -> "Let's Talk 3";
      case SAFEGUARDING -> "a safeguarding concern";
    };
  }
}
