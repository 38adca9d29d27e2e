package org.letstalk.upkeep;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.letstalk.person.PersonDeath;
import org.letstalk.record.Viewer;
import org.letstalk.upkeep.flow.PersonDeaths;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Keeping a person's record true for other systems: a death. */
@RestController
class UpkeepApiController {

  private final PersonDeaths deaths;

  UpkeepApiController(PersonDeaths deaths) {
    this.deaths = deaths;
  }

  /** The person's death: their open work ends and a team manager is asked to close the case. */
  record DeathView(UUID personId, LocalDate dateOfDeath, String howKnown, String recordedBy, Instant recordedAt) {

    static DeathView of(PersonDeath d) {
      return new DeathView(d.getPersonId(), d.getDateOfDeath(), d.getHowKnown(), d.getRecordedBy(), d.getRecordedAt());
    }
  }

  @PostMapping("/api/people/{personId}/death")
  @ResponseStatus(HttpStatus.CREATED)
  DeathView recordDeath(HttpServletRequest request, @PathVariable UUID personId,
      @RequestBody Map<String, Object> body) {
    return DeathView.of(deaths.record(personId, body, Viewer.of(request)));
  }
}
