package org.letstalk.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.letstalk.carers.CarersDocuments.CarerConversationFacts;
import org.letstalk.conversation.Advocate;
import org.letstalk.conversation.ConversationDocuments.ConversationFacts;
import org.letstalk.conversation.ConversationOutcome;
import org.letstalk.conversation.HeldHow;
import org.letstalk.conversation.Participation;
import org.letstalk.conversation.Strengths;
import org.letstalk.conversation.WhatMatters;
import org.letstalk.crisis.CrisisPlanDocuments.CrisisPlanFacts;
import org.letstalk.document.Documents.Addressee;
import org.letstalk.eligibility.EligibilityDocuments.DecisionFacts;
import org.letstalk.eligibility.EligibilityDocuments.Need;
import org.letstalk.eligibility.EligibilityDocuments.Outcome;
import org.letstalk.eligibility.CareActOutcome;
import org.letstalk.eligibility.CarerOutcome;
import org.letstalk.eligibility.WalesNeed;
import org.letstalk.involvement.ClosureLetters.ClosureFacts;
import org.letstalk.longtermsupport.LetsTalk3Documents.LetsTalk3Facts;
import org.letstalk.person.Language;
import org.letstalk.plan.Delivery;
import org.letstalk.review.PlanDocuments.Item;
import org.letstalk.review.PlanDocuments.PlanFacts;
import org.letstalk.review.PlanDocuments.ReviewFacts;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.mock.env.MockEnvironment;

/**
 * The documents' templates, without the application: each kind in English and Welsh makes a PDF that veraPDF
 * passes as PDF/UA-1 and whose text reads back as the person should read it; the Welsh words match the English
 * ones key for key; a missing template stops the start.
 */
class DocumentTemplatesTest {

  static final Path FOLDER = Path.of("documents");
  static final Council COUNCIL = Binder.get(new MockEnvironment()).bindOrCreate("letstalk.council", Council.class);
  static final DocumentTemplates TEMPLATES = new DocumentTemplates(COUNCIL, new DefaultResourceLoader());

  /** What matters and the barriers, as a Welsh conversation records them [W ¶37-42]. */
  static final WhatMatters WHAT_MATTERS = new WhatMatters("Singing with the chapel choir again",
      "The stairs to the vestry");

  /** Facts for each kind, as the steps that make the documents give them. */
  static Map<String, Object> factsFor(DocumentKind kind) {
    Map<String, Object> facts = new HashMap<>();
    facts.put("person", new Addressee("Gwenllian Jones", "2 Heol y Castell, Cydweli", "SA17 4AB"));
    facts.put("madeAt", ZonedDateTime.of(2026, 3, 2, 10, 30, 0, 0, ZoneId.of("Europe/London")));
    facts.put("madeBy", "Sam Practitioner");
    switch (kind) {
      case CARE_AND_SUPPORT_PLAN, CARERS_SUPPORT_PLAN -> facts.put("plan", new PlanFacts(2, LocalDate.of(2026, 3, 2),
          new BigDecimal("312.50"), Delivery.DIRECT_PAYMENT.name(), List.of(
              new Item("Get up and washed each morning", "A personal assistant she employs", "Personal assistant",
                  "Daily, 7:30 to 8:30", new BigDecimal("262.50")),
              new Item("See friends at the chapel lunch club", "Transport to the lunch club", null, null,
                  new BigDecimal("50.00"))),
          LocalDate.of(2026, 6, 2), "Sam Practitioner"));
      case ELIGIBILITY_DETERMINATION -> facts.put("decision", new DecisionFacts(true, false, LocalDate.of(2026, 3, 2),
          "Sam Practitioner", conditions(), List.of(new Outcome("nutrition", List.of()),
              new Outcome("hygiene", List.of("unableWithoutAssistance", "painDistressAnxiety")),
              new Outcome("clothing", List.of("endangersSafety"))),
          List.of(new Need("Getting washed and dressed", true, "ONLY_WITH_COUNCIL_CARE_AND_SUPPORT")),
          "Assessed at home with her daughter."));
      case REVIEW_OUTCOME -> facts.put("review", new ReviewFacts(LocalDate.of(2026, 6, 2), "Sam Practitioner",
          "UPDATE_PLAN", List.of("person", "carer"), "Her neighbour Dai", "Mornings go well; evenings are lonely.",
          "Washing and dressing met; seeing friends partly met.", new BigDecimal("340.00"),
          "An evening call added on weekdays.", null, "The chapel's Friday lunch club"));
      case CLOSURE_LETTER -> facts.put("closure", new ClosureFacts(LocalDate.of(2026, 9, 1),
          "Gwenllian manages at home with her family and the lunch club; she knows to call if that changes."));
      case LETS_TALK_1_RECORD, LETS_TALK_2_RECORD -> facts.put("conversation", new ConversationFacts(
          LocalDate.of(2026, 3, 2), "Sam Practitioner", "IN_PERSON", "TOOK_PART_WITH_SUPPORT",
          "Her daughter helped her find the words.", null, "FAMILY_OR_FRIEND", "REFUSED",
          "Struggling to cook since her fall.", "Lives alone in a terraced house; her daughter lives nearby.",
          "To stay at home and keep going to the chapel lunch club.",
          new Strengths("Determined and good with money", "Her daughter Nia and neighbour Dai",
              "The chapel and its lunch club"),
          kind == DocumentKind.LETS_TALK_2_RECORD ? "A hot meal tonight and someone to check on her tomorrow" : null,
          "A befriending group meets on Tuesdays", "Falls at night; she agreed to a pendant alarm.", null,
          "Nia will shop on Saturdays; we will ask about a pendant alarm.", null,
          kind == DocumentKind.LETS_TALK_1_RECORD ? "LT3" : null,
          kind == DocumentKind.LETS_TALK_1_RECORD ? "She needs help every morning that her family cannot give."
              : null, WHAT_MATTERS));
      case LETS_TALK_3_RECORD -> facts.put("conversation", new LetsTalk3Facts(LocalDate.of(2026, 3, 9),
          "Sam Practitioner", "TOOK_PART", null, null, "NONE", null,
          new Strengths("Knows what she wants", "Her daughter Nia", "The chapel"),
          "To get up and washed each morning and see her friends.", "She can make her own breakfast.",
          "Nia visits on Saturdays.", "Singing and the lunch club", "A lift from the chapel on Fridays",
          "A personal assistant each morning", "Falls when getting out of bed", "No car; the bus stop is close",
          null, WHAT_MATTERS));
      case CRISIS_PLAN -> facts.put("crisis", new CrisisPlanFacts(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 23),
          "A hot meal tonight and someone to check on her tomorrow",
          List.of("Meals delivered every day for two weeks", "Nia stays over until Sunday",
              "Sam rings every other day")));
      case CARERS_LETS_TALK_1_RECORD, CARERS_LETS_TALK_3_RECORD -> facts.put("conversation",
          new CarerConversationFacts(LocalDate.of(2026, 3, 4), "Sam Practitioner", "Idris Jones", false,
              new Strengths("Patient and organised", "Her brother helps on Sundays", "The carers' choir"),
              true, true, false, true, "Works three days a week at the library",
              "Would like an evening at the choir each week", "Tired from broken nights; wants to keep her job",
              "HIGH", "Idris needs help to turn at night", "A sitting service on Thursday evenings",
              kind == DocumentKind.CARERS_LETS_TALK_1_RECORD ? "LT3" : null, false, WHAT_MATTERS));
      default -> throw new IllegalArgumentException("no facts for " + kind);
    }
    return facts;
  }

  /**
   * [W ¶37-42, ¶78]: every conversation record a Welsh conversation makes (Let's Talk 1, 2 and 3, a carer's own)
   * gives what matters, in the person's words, and the barriers, in the language chosen.
   */
  @ParameterizedTest
  @EnumSource(Language.class)
  void everyConversationRecordGivesWhatMattersAndTheBarriers(Language language) {
    for (DocumentKind kind : List.of(DocumentKind.LETS_TALK_1_RECORD, DocumentKind.LETS_TALK_2_RECORD,
        DocumentKind.LETS_TALK_3_RECORD, DocumentKind.CARERS_LETS_TALK_1_RECORD,
        DocumentKind.CARERS_LETS_TALK_3_RECORD)) {
      String text = PdfChecks.text(TEMPLATES.render(kind, language, factsFor(kind)).pdf());
      assertThat(text).as(kind + " " + language).contains("Singing with the chapel choir again",
          "The stairs to the vestry", language == Language.WELSH ? "Yr hyn sy'n bwysig i chi" : "in your own words");
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void everyKindMakesAnAccessiblePdfThatReadsBackInTheLanguageChosen(Language language) {
    for (DocumentKind kind : DocumentKind.values()) {
      Rendered rendered = TEMPLATES.render(kind, language, factsFor(kind));
      PdfChecks.assertPdfUa(rendered.pdf());
      String text = PdfChecks.text(rendered.pdf());
      assertThat(text).as(kind + " " + language).contains(rendered.title(), "Gwenllian Jones", COUNCIL.phone(),
          COUNCIL.complaints().phone());
      assertThat(rendered.language()).isEqualTo(language);
      assertThat(rendered.templateVersion()).hasSize(16);
      if (language == Language.WELSH) {
        assertThat(text).contains(COUNCIL.welshName(), COUNCIL.complaints().welshOmbudsman())
            .doesNotContain("Your ", "If you", "Phone ");
      } else {
        assertThat(text).contains(COUNCIL.name(), COUNCIL.complaints().ombudsman());
      }
    }
  }

  private static Map<String, Boolean> conditions() {
    Map<String, Boolean> conditions = new java.util.LinkedHashMap<>();
    conditions.put("impairmentOrIllness", true);
    conditions.put("twoOrMoreOutcomes", true);
    conditions.put("significantImpactOnWellbeing", true);
    return conditions;
  }

  @Test
  void theDecisionGivesItsReasonsOutcomeByOutcomeWhatHappensNextAndHowToChallengeIt() {
    Map<String, Object> facts = factsFor(DocumentKind.ELIGIBILITY_DETERMINATION);
    String english = PdfChecks.text(TEMPLATES.render(DocumentKind.ELIGIBILITY_DETERMINATION, Language.ENGLISH, facts)
        .pdf());
    assertThat(english).contains("You have eligible needs", "physical or mental impairment or illness: yes",
        "Maintaining personal", "You cannot do it without help", "appropriately", "Getting washed and dressed",
        "only with care and support from the council", "Assessed at home",
        "Your worker will plan your support", "If you disagree with this decision", "Decided by");
    String welsh = PdfChecks.text(TEMPLATES.render(DocumentKind.ELIGIBILITY_DETERMINATION, Language.WELSH, facts)
        .pdf());
    assertThat(welsh).contains("Mae gennych anghenion cymwys", "hylendid", "Ni allwch ei wneud heb",
        "Os ydych yn anghytuno", "Penderfynwyd gan");
  }

  @Test
  void theReviewSaysWhoTookPartWhatWasDecidedAndWhatHappensNext() {
    Map<String, Object> facts = factsFor(DocumentKind.REVIEW_OUTCOME);
    assertThat(PdfChecks.text(TEMPLATES.render(DocumentKind.REVIEW_OUTCOME, Language.ENGLISH, facts).pdf()))
        .contains("The review of your plan", "You, Your carer, Her neighbour Dai", "Your plan will change.",
            "£340.00 a week", "An evening call added", "evenings are lonely", "Friday lunch club",
            "If your plan changes you will get a copy");
    assertThat(PdfChecks.text(TEMPLATES.render(DocumentKind.REVIEW_OUTCOME, Language.WELSH, facts).pdf()))
        .contains("Adolygiad o'ch cynllun", "Chi, Eich gofalwr", "Bydd eich cynllun yn newid.", "£340.00 yr wythnos");
  }

  @Test
  void theClosureLetterSaysWhenWhyAndHowToComeBack() {
    Map<String, Object> facts = factsFor(DocumentKind.CLOSURE_LETTER);
    assertThat(PdfChecks.text(TEMPLATES.render(DocumentKind.CLOSURE_LETTER, Language.ENGLISH, facts).pdf()))
        .contains("Your support from us has ended", "Dear Gwenllian Jones", "We closed your case on 1 September 2026",
            "manages at home", "Contact us at any time", COUNCIL.outOfHoursPhone());
    assertThat(PdfChecks.text(TEMPLATES.render(DocumentKind.CLOSURE_LETTER, Language.WELSH, facts).pdf()))
        .contains("Mae ein cymorth i chi wedi dod i ben", "Annwyl Gwenllian Jones",
            "Fe wnaethom gau eich achos ar 1 Medi 2026", "Cysylltwch â ni ar unrhyw adeg");
  }

  @Test
  void thePlanShowsItsBudgetItsLinesItsReviewDateAndWhoToContact() {
    String english = PdfChecks.text(TEMPLATES.render(DocumentKind.CARE_AND_SUPPORT_PLAN, Language.ENGLISH,
        factsFor(DocumentKind.CARE_AND_SUPPORT_PLAN)).pdf());
    assertThat(english).contains("Your care and support plan", "£312.50 a week", "a direct payment",
        "Get up and washed", "Personal assistant", "£262.50", "As needed",
        "by 2 June 2026", "Your worker: Sam Practitioner", "Made on 2 March 2026 by Sam Practitioner");

    String welsh = PdfChecks.text(TEMPLATES.render(DocumentKind.CARE_AND_SUPPORT_PLAN, Language.WELSH,
        factsFor(DocumentKind.CARE_AND_SUPPORT_PLAN)).pdf());
    assertThat(welsh).contains("Eich cynllun gofal a chymorth", "£312.50 yr wythnos", "taliad uniongyrchol",
        "Get up and washed", "Chi, eich teulu", "erbyn 2 Mehefin 2026",
        "Gwnaed ar 2 Mawrth 2026");

    String carer = PdfChecks.text(TEMPLATES.render(DocumentKind.CARERS_SUPPORT_PLAN, Language.ENGLISH,
        factsFor(DocumentKind.CARERS_SUPPORT_PLAN)).pdf());
    assertThat(carer).contains("Your support plan as a carer");
  }

  @Test
  void theConversationRecordSaysHowItWasHeldWhatWasSaidAgreedAndWhatHappensNext() {
    Map<String, Object> facts = factsFor(DocumentKind.LETS_TALK_1_RECORD);
    assertThat(PdfChecks.text(TEMPLATES.render(DocumentKind.LETS_TALK_1_RECORD, Language.ENGLISH, facts).pdf()))
        .contains("Our conversation with you", "2 March 2026", "In person", "You took part with support",
            "A family member or friend", "Struggling to cook", "Her daughter Nia", "pendant alarm",
            "did not want one now", "We will talk with you about longer-term support", "every morning")
        .doesNotContain("What had to happen today");
    assertThat(PdfChecks.text(TEMPLATES.render(DocumentKind.LETS_TALK_1_RECORD, Language.WELSH, facts).pdf()))
        .contains("Ein sgwrs gyda chi", "2 Mawrth 2026", "Wyneb yn wyneb", "Fe gymeroch ran gyda chymorth",
            "Eich cryfderau", "Yr hyn a gytunwyd", "Byddwn yn siarad â chi am gymorth tymor hwy");

    Map<String, Object> crisis = factsFor(DocumentKind.LETS_TALK_2_RECORD);
    assertThat(PdfChecks.text(TEMPLATES.render(DocumentKind.LETS_TALK_2_RECORD, Language.ENGLISH, crisis).pdf()))
        .contains("Our conversation about the help you need now", "What had to happen today and tomorrow",
            "A hot meal tonight", "Your crisis plan says what happens until it ends");
  }

  @Test
  void theLetsTalk3RecordSaysWhatAGoodLifeLooksLikeAndThatTheDecisionFollowsInWriting() {
    Map<String, Object> facts = factsFor(DocumentKind.LETS_TALK_3_RECORD);
    assertThat(PdfChecks.text(TEMPLATES.render(DocumentKind.LETS_TALK_3_RECORD, Language.ENGLISH, facts).pdf()))
        .contains("Our conversation about your longer-term support", "What a good life looks like for you",
            "see her friends", "make her own breakfast", "A personal assistant each morning",
            "send you our decision in writing")
        .doesNotContain("Your carer", "Your advocate");
    assertThat(PdfChecks.text(TEMPLATES.render(DocumentKind.LETS_TALK_3_RECORD, Language.WELSH, facts).pdf()))
        .contains("Ein sgwrs am eich cymorth tymor hwy", "Sut beth yw bywyd da i chi", "cyllideb bersonol");
  }

  @Test
  void theCarersRecordSaysWhoTheyCareForWhetherTheyCanGoOnAndWhatHappensNextInTheirLanguage() {
    Map<String, Object> lt1 = factsFor(DocumentKind.CARERS_LETS_TALK_1_RECORD);
    assertThat(PdfChecks.text(TEMPLATES.render(DocumentKind.CARERS_LETS_TALK_1_RECORD, Language.ENGLISH, lt1).pdf()))
        .contains("Our conversation with you about caring", "Idris Jones", "Patient and organised",
            "Will you be able to care in future? No", "Works three days a week", "high risk that caring could break",
            "A sitting service on Thursday", "talk with you about longer-term support")
        .doesNotContain("together, as you both agreed", "cannot go on caring");
    Map<String, Object> lt3 = factsFor(DocumentKind.CARERS_LETS_TALK_3_RECORD);
    assertThat(PdfChecks.text(TEMPLATES.render(DocumentKind.CARERS_LETS_TALK_3_RECORD, Language.ENGLISH, lt3).pdf()))
        .contains("Our conversation about support for you as a carer", "your needs as a carer are eligible",
            "copy of your carer's support plan");
    assertThat(PdfChecks.text(TEMPLATES.render(DocumentKind.CARERS_LETS_TALK_1_RECORD, Language.WELSH, lt1).pdf()))
        .contains("Ein sgwrs gyda chi am ofalu", "Yn gofalu am", "Idris Jones",
            "Fyddwch chi'n gallu gofalu yn y dyfodol? Na fyddaf", "risg uchel", "gymorth tymor hwy");
    assertThat(PdfChecks.text(TEMPLATES.render(DocumentKind.CARERS_LETS_TALK_3_RECORD, Language.WELSH, lt3).pdf()))
        .contains("Ein sgwrs am gymorth i chi fel gofalwr", "cynllun cymorth gofalwr");
  }

  @Test
  void theCrisisPlanSaysWhatWasAgreedUntilWhenAndWhoToCallIfThingsGetWorse() {
    Map<String, Object> facts = factsFor(DocumentKind.CRISIS_PLAN);
    assertThat(PdfChecks.text(TEMPLATES.render(DocumentKind.CRISIS_PLAN, Language.ENGLISH, facts).pdf()))
        .contains("Your crisis plan", "23 March 2026", "Meals delivered every day", "Nia stays over",
            "Sam rings every other day", "If things get worse", COUNCIL.outOfHoursPhone(), "999");
    assertThat(PdfChecks.text(TEMPLATES.render(DocumentKind.CRISIS_PLAN, Language.WELSH, facts).pdf()))
        .contains("Eich cynllun argyfwng", "23 Mawrth 2026", "Os bydd pethau'n gwaethygu", "ffoniwch 999");
  }

  @Test
  void everyEnglishWordHasItsWelshAndNoneIsLeftEmpty() {
    Map<String, String> english = TEMPLATES.words(Language.ENGLISH);
    Map<String, String> welsh = TEMPLATES.words(Language.WELSH);
    assertThat(new TreeSet<>(welsh.keySet())).as("Welsh words (documents/cy/words.properties)")
        .isEqualTo(new TreeSet<>(english.keySet()));
    welsh.forEach((key, value) -> assertThat(value).as("cy " + key).isNotBlank());
    english.forEach((key, value) -> assertThat(value).as("en " + key).isNotBlank());
    for (DocumentKind kind : DocumentKind.values()) {
      assertThat(english).containsKey("title." + kind.name());
    }
    for (Delivery delivery : Delivery.values()) {
      assertThat(english).containsKey("delivery." + delivery.name());
    }
    for (CareActOutcome outcome : CareActOutcome.values()) {
      assertThat(english).containsKey("outcome." + outcome.key());
    }
    for (CarerOutcome outcome : CarerOutcome.values()) {
      assertThat(english).containsKey("outcome." + outcome.key());
    }
    for (String way : CareActOutcome.MEANINGS) {
      assertThat(english).containsKey("way." + way);
    }
    for (WalesNeed.CanBeMetBy by : WalesNeed.CanBeMetBy.values()) {
      assertThat(english).containsKey("canBeMetBy." + by.name());
    }
    for (HeldHow how : HeldHow.values()) {
      assertThat(english).containsKey("heldHow." + how.name());
    }
    for (Participation participation : Participation.values()) {
      assertThat(english).containsKey("participation." + participation.name());
    }
    for (Advocate advocate : Advocate.values()) {
      assertThat(english).as("an advocate of the kind " + advocate)
          .matches(words -> advocate == Advocate.NONE || words.containsKey("advocate." + advocate.name()));
    }
    for (ConversationOutcome outcome : ConversationOutcome.values()) {
      assertThat(english).containsKey("conversationOutcome." + outcome.name());
    }
  }

  @Test
  void everyTemplateExistsInBothLanguagesAndUsesOnlyWordsThatExist() throws IOException {
    Pattern word = Pattern.compile("words\\['([A-Za-z0-9_.]+)'\\]");
    for (Language language : Language.values()) {
      Set<String> templates = new TreeSet<>();
      List<String> unknown = new ArrayList<>();
      try (Stream<Path> files = Files.list(FOLDER.resolve(language.code()))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
          templates.add(file.getFileName().toString());
          Matcher m = word.matcher(Files.readString(file));
          while (m.find()) {
            if (!TEMPLATES.words(language).containsKey(m.group(1))) {
              unknown.add(file + ": " + m.group(1));
            }
          }
        }
      }
      assertThat(unknown).as("words a template uses that words.properties lacks").isEmpty();
      try (Stream<Path> english = Files.list(FOLDER.resolve("en"))) {
        assertThat(templates).as(language + " templates")
            .containsAll(english.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".html")).toList());
      }
    }
  }

  @Test
  void aMissingWelshTemplateStopsTheStartNamingIt() {
    ResourceLoader withoutOne = new DefaultResourceLoader() {
      @Override
      public Resource getResource(String location) {
        return location.endsWith("cy/support-plan.html") ? super.getResource("classpath:documents/none.html")
            : super.getResource(location);
      }
    };
    assertThatThrownBy(() -> new DocumentTemplates(COUNCIL, withoutOne)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("documents/cy/support-plan.html is missing");
  }
}
