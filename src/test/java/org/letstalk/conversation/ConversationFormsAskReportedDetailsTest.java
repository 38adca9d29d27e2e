package org.letstalk.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.letstalk.person.DetailsForm;
import org.letstalk.person.NationalCodes.Coded;
import org.letstalk.person.NationalCodes.EthnicCategory;
import org.letstalk.person.NationalCodes.PhenotypicSex;
import org.letstalk.person.NationalCodes.PrimarySupportReason;
import org.letstalk.person.NationalCodes.StatedGender;

/** Each conversation's form asks the details a council reports, none required, offering exactly their code lists. */
class ConversationFormsAskReportedDetailsTest {

  @ParameterizedTest
  @ValueSource(strings = {"lets-talk-1", "lets-talk-2", "lets-talk-3"})
  void everyReportedDetailIsAskedOptionallyWithItsCodeList(String name) throws IOException {
    JsonNode form = new ObjectMapper().readTree(Path.of("forms/" + name + ".form").toFile());
    for (String key : DetailsForm.ASKED_AT_THE_FRONT_DOOR) {
      assertThat(field(form, key).path("validate").path("required").asBoolean(false)).as(name + " " + key).isFalse();
    }
    assertThat(choices(field(form, DetailsForm.STATED_GENDER))).isEqualTo(expected(StatedGender.class));
    assertThat(choices(field(form, DetailsForm.PHENOTYPIC_SEX))).isEqualTo(expected(PhenotypicSex.class));
    assertThat(choices(field(form, DetailsForm.ETHNIC_CATEGORY))).isEqualTo(expected(EthnicCategory.class));
    assertThat(choices(field(form, DetailsForm.PRIMARY_SUPPORT_REASON)))
        .isEqualTo(expected(PrimarySupportReason.class));
  }

  private static JsonNode field(JsonNode form, String key) {
    for (JsonNode component : form.get("components")) {
      if (key.equals(component.path("key").asText())) {
        return component;
      }
    }
    throw new AssertionError("the form has no field " + key);
  }

  private static List<String> choices(JsonNode select) {
    List<String> found = new ArrayList<>();
    select.get("values").forEach(v -> found.add(v.get("value").asText() + " " + v.get("label").asText()));
    return found;
  }

  private static <E extends Enum<E> & Coded> List<String> expected(Class<E> list) {
    return Arrays.stream(list.getEnumConstants()).map(c -> c.code() + " " + c.words()).toList();
  }
}
