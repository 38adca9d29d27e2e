package org.letstalk.involvement.flow;

import static org.letstalk.web.FieldMessages.REQUIRED;
import static org.letstalk.web.FieldMessages.TOO_LONG;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.letstalk.identity.Groups;
import org.letstalk.involvement.CaseTransfer;
import org.letstalk.involvement.flow.CaseTransfers.Transfer;
import org.letstalk.record.Viewer;
import org.letstalk.validation.FormInput;
import org.letstalk.validation.InputRejectedException;
import org.letstalk.validation.NotAllowedException;
import org.letstalk.web.ApiRequest;
import org.letstalk.web.Text;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * A team manager transfers a case to another team and worker, with a reason: through the API (JSON, HTTP basic) and
 * the control on the person's page (a form carrying the page's token). Team managers only.
 */
@Controller
class CaseTransferController {

  private final CaseTransfers transfers;

  CaseTransferController(CaseTransfers transfers) {
    this.transfers = transfers;
  }

  /** The team the case goes to, the worker in that team who takes it, and why. */
  @ApiRequest("a case transfer")
  record TransferRequest(@NotNull(message = REQUIRED) UUID toTeamId,
      @NotBlank(message = REQUIRED) @Size(max = 100, message = TOO_LONG) String toWorker,
      @NotBlank(message = REQUIRED) @Size(max = 1000, message = TOO_LONG) String reason) {

    TransferRequest {
      toWorker = Text.tidy(toWorker);
      reason = Text.tidy(reason);
    }
  }

  /** A transfer done: from and to, why, by whom, and how much of the case's work moved. */
  record TransferView(UUID id, UUID personId, UUID fromTeamId, String fromWorker, UUID toTeamId, String toWorker,
      String reason, String transferredBy, Instant transferredAt, int tasksMoved, int processesMoved) {

    static TransferView of(CaseTransfer t) {
      return new TransferView(t.getId(), t.getPersonId(), t.getFromTeamId(), t.getFromWorker(), t.getToTeamId(),
          t.getToWorker(), t.getReason(), t.getTransferredBy(), t.getTransferredAt(), t.getTasksMoved(),
          t.getProcessesMoved());
    }
  }

  @PostMapping("/api/people/{personId}/transfer")
  @ResponseBody
  TransferView transfer(HttpServletRequest request, @PathVariable UUID personId,
      @Valid @RequestBody TransferRequest body) {
    Viewer viewer = manager(request);
    return TransferView.of(transfers.transfer(personId, new Transfer(body.toTeamId(), body.toWorker(), body.reason()),
        viewer.userId()));
  }

  @PostMapping("/people/{personId}/transfer")
  String transferFromPage(HttpServletRequest request, @PathVariable UUID personId,
      @RequestParam Map<String, String> form) {
    Viewer viewer = manager(request);
    Transfer transfer = FormInput.read(form, in -> new Transfer(in.optional("toTeamId", 36, CaseTransferController::team),
        in.requiredText("toWorker", 100), in.requiredText("reason", 1000)));
    transfers.transfer(personId, transfer, viewer.userId());
    return "redirect:/people/" + personId;
  }

  private static UUID team(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new InputRejectedException("toTeamId", "is not a team");
    }
  }

  private static Viewer manager(HttpServletRequest request) {
    Viewer viewer = Viewer.of(request);
    if (!viewer.isIn(Groups.TEAM_MANAGERS)) {
      throw new NotAllowedException(viewer.userId() + " may not transfer cases: team managers do");
    }
    return viewer;
  }
}
