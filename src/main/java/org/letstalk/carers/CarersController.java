package org.letstalk.carers;

import static org.letstalk.web.FieldMessages.REQUIRED;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.letstalk.carers.flow.CarersTakenOn;
import org.letstalk.identity.Groups;
import org.letstalk.security.AuthenticatedUser;
import org.letstalk.validation.NotAllowedException;
import org.letstalk.web.ApiRequest;
import org.letstalk.web.NextTask;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The carers' centre takes a carer on directly, without an offer from the conversation of the person they care
 * for: a carer is assessed even when that person refuses any involvement [T 2.9].
 */
@RestController
@RequestMapping("/api/carers")
public class CarersController {

  private final CarersTakenOn takenOn;

  public CarersController(CarersTakenOn takenOn) {
    this.takenOn = takenOn;
  }

  /** Whom the carer cares for: a person with a record. */
  @ApiRequest("a carer taken on by the carers' centre")
  public record CarerComesForward(@NotNull(message = REQUIRED) UUID caredForId) {
  }

  /** The carer's conversation started, and its first task: who is the carer? */
  public record CarersConversationStarted(String processInstanceId, UUID caredForId, List<NextTask> nextTasks) {
  }

  @PostMapping("/conversations")
  public ResponseEntity<CarersConversationStarted> takeOn(HttpServletRequest request,
      @Valid @RequestBody CarerComesForward body) {
    AuthenticatedUser user = (AuthenticatedUser) request.getAttribute(AuthenticatedUser.ATTRIBUTE);
    if (!user.isIn(Groups.CARERS_CENTRE)) {
      throw new NotAllowedException("only the carers' centre takes a carer on directly");
    }
    String processInstanceId = takenOn.start(body.caredForId(), user.id());
    return ResponseEntity.created(URI.create("/api/carers/conversations/" + processInstanceId))
        .body(new CarersConversationStarted(processInstanceId, body.caredForId(), takenOn.nextTasks(processInstanceId)));
  }
}
