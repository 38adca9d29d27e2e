package org.letstalk.upkeep;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.letstalk.person.Deaths;
import org.letstalk.person.RecordMerges;
import org.letstalk.record.Viewer;
import org.letstalk.upkeep.flow.PersonDeaths;
import org.letstalk.upkeep.flow.RecordMergeRequests;
import org.letstalk.validation.FormInput;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The person's page's forms for a death and for proposing a merge: the same checks, permissions and processes as
 * the API ({@link UpkeepApiController}), back to the record when done.
 */
@Controller
class UpkeepPageController {

  /** The other record as a worker copies it: its page address (with or without the site) or its id alone. */
  static final String DUPLICATE_RECORD = "duplicateRecord";
  private static final Pattern RECORD_ID = Pattern.compile(
      "(?:^|/people/)([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(?:[/?#].*)?$");

  private final PersonDeaths deaths;
  private final RecordMergeRequests merges;

  UpkeepPageController(PersonDeaths deaths, RecordMergeRequests merges) {
    this.deaths = deaths;
    this.merges = merges;
  }

  @PostMapping("/people/{personId}/death")
  String recordDeath(HttpServletRequest request, @PathVariable UUID personId, @RequestParam Map<String, String> form) {
    Map<String, String> values = new HashMap<>();
    copy(form, values, Deaths.DATE_OF_DEATH);
    copy(form, values, Deaths.HOW_KNOWN);
    deaths.record(personId, values, Viewer.of(request));
    return "redirect:/people/" + personId;
  }

  @PostMapping("/people/{personId}/merges")
  String proposeMerge(HttpServletRequest request, @PathVariable UUID personId,
      @RequestParam Map<String, String> form) {
    String duplicateId = FormInput.read(form, in -> {
      String other = in.requiredText(DUPLICATE_RECORD, 300);
      in.requiredText(RecordMerges.REASON, 1000);
      Matcher id = other == null ? null : RECORD_ID.matcher(other);
      if (id != null && !id.find()) {
        in.reject(DUPLICATE_RECORD, "must be the other record's page address, as the address bar shows it on its"
            + " page: /people/ followed by its id");
        return null;
      }
      return id == null ? null : id.group(1);
    });
    merges.propose(personId, Map.of(RecordMerges.DUPLICATE_PERSON_ID, duplicateId,
        RecordMerges.REASON, form.get(RecordMerges.REASON)), Viewer.of(request));
    return "redirect:/people/" + personId;
  }

  private static void copy(Map<String, String> form, Map<String, String> values, String field) {
    if (form.get(field) != null) {
      values.put(field, form.get(field));
    }
  }
}
