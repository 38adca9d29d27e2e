package org.letstalk.longtermsupport;

import java.time.Instant;
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
 * Let's Talk 3 in the chronology with its analysis (strengths, what matters, capacity, outcomes sought, the outcome and
 * its rationale), and the financial assessment it recorded as an entry of its own.
 */
@Component
@Transactional(readOnly = true)
class LetsTalk3Record implements TimelineSource {

  private final LetsTalk3Repository conversations;

  LetsTalk3Record(LetsTalk3Repository conversations) {
    this.conversations = conversations;
  }

  @Override
  public List<TimelineEntry> entriesFor(UUID personId, Viewer viewer) {
    List<TimelineEntry> entries = new ArrayList<>();
    for (LetsTalk3 c : conversations.findByPersonIdOrderByStartedAt(personId)) {
      String link = "/api/conversations/" + c.getId();
      Instant at = c.getHeldAt() != null ? c.getHeldAt() : c.getStartedAt();
      entries.add(new TimelineEntry(at, EntryKind.CONVERSATION,
          "Let's Talk 3 conversation" + (c.getOutcome() == null ? " under way" : ": " + outcome(c.getOutcome())),
          analysis(c), c.getHeldBy(), Visibility.EVERYONE, null, link));
      if (c.getFinancialOutcome() != null) {
        entries.add(new TimelineEntry(c.getConcludedAt() != null ? c.getConcludedAt() : at,
            EntryKind.FINANCIAL_ASSESSMENT, "Financial assessment: " + financial(c.getFinancialOutcome()),
            List.of(Words.line("Weekly contribution", c.getWeeklyContribution() == null ? null
                    : "£" + c.getWeeklyContribution()),
                Words.line("Personal budget", c.getPersonalBudget() == null ? null : "£" + c.getPersonalBudget() + " a week")),
            c.getHeldBy(), Visibility.EVERYONE, null, link));
      }
    }
    return entries;
  }

  @Override
  public Set<EntryKind> kinds() {
    return EnumSet.of(EntryKind.CONVERSATION, EntryKind.FINANCIAL_ASSESSMENT);
  }

  static List<String> analysis(LetsTalk3 c) {
    List<String> lines = new ArrayList<>();
    lines.add(c.isEarlierConversationHeld() ? "" : Words.line(
        "Held without an earlier Let's Talk 1 or 2 because", c.getOmissionReason()));
    if (c.getStrengths() != null) {
      lines.add(Words.line("Strengths: personal", c.getStrengths().personal()));
      lines.add(Words.line("Strengths: family, friends and network", c.getStrengths().network()));
      lines.add(Words.line("Strengths: community", c.getStrengths().community()));
    }
    lines.add(Words.line("Ability to meet their own needs", c.getAbilityToMeetOwnNeeds()));
    lines.add(Words.line("Informal network", c.getInformalNetwork()));
    lines.add(Words.line("Interests and opportunities", c.getInterestsAndOpportunities()));
    lines.add(Words.line("Other ways to meet the need", c.getOtherWaysToMeetNeed()));
    lines.add(Words.line("Risk of harm", c.getRiskOfHarm()));
    lines.add(Words.line("Capacity about where to live", c.getCapacityAccommodation() == null ? null
        : Words.yesNo(c.getCapacityAccommodation())));
    lines.add(Words.line("Capacity about care", c.getCapacityCare() == null ? null : Words.yesNo(c.getCapacityCare())));
    lines.add(Words.line("Capacity about treatment", c.getCapacityTreatment() == null ? null
        : Words.yesNo(c.getCapacityTreatment())));
    lines.add(Words.line("Best-interests decision", c.getBestInterestsDecision()));
    lines.add(Words.line("Risk of a deprivation of liberty", c.getDolsRisk() == null ? null : Words.yesNo(c.getDolsRisk())));
    lines.add(Words.line("Transport", c.getTransport()));
    lines.add(Words.line("What matters, in their own words", c.getWhatMatters().whatMatters()));
    lines.add(Words.line("What matters: the outcomes sought", c.getOutcomesSought()));
    lines.add(Words.line("What stands in the way of those outcomes", c.getWhatMatters().barriers()));
    lines.add(Words.line("How paid support meets them (actions)", c.getHowPaidSupportMeetsThem()));
    lines.add(Words.line("Continuing healthcare to be considered", c.getChcToBeConsidered() == null ? null
        : Words.yesNo(c.getChcToBeConsidered())));
    lines.add(Words.line("Why", c.getChcReason()));
    lines.add(Words.line("Written decision", c.getWrittenDecision()));
    lines.add(Words.line("Information and advice", c.getInformationAndAdvice()));
    lines.add(Words.line("Right to challenge explained", c.getRightToChallengeExplained() == null ? null
        : Words.yesNo(c.getRightToChallengeExplained())));
    lines.add(Words.line("Outcome", c.getOutcome() == null ? null : outcome(c.getOutcome())));
    lines.add(Words.line("Rationale", c.getOutcomeRationale()));
    return lines;
  }

  static String outcome(LetsTalk3Outcome outcome) {
    return switch (outcome) {
      case LONG_TERM_SUPPORT -> "long-term support with a plan in force";
      case LT1 -> "back to Let's Talk 1";
      case CLOSE -> "not eligible, the case closes";
    };
  }

  static String financial(FinancialOutcome outcome) {
    return switch (outcome) {
      case WEEKLY_CONTRIBUTION -> "a weekly contribution";
      case NO_CONTRIBUTION -> "no contribution";
      case FULL_COST_SELF_FUNDER -> "pays the full cost";
    };
  }
}
