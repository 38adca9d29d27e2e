package org.letstalk.caseload.flow;

import org.letstalk.involvement.CaseTransferred;
import org.letstalk.notice.NoticeKind;
import org.letstalk.notice.Notices;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The worker a case is transferred to is told. The notice is queued in the transfer's own transaction, so it is kept
 * exactly when the transfer is, and sent once that commits; a manager who transfers a case to themselves knows.
 */
@Component
class TransferNotices {

  private final Notices notices;

  TransferNotices(Notices notices) {
    this.notices = notices;
  }

  @EventListener
  public void transferred(CaseTransferred transfer) {
    if (transfer.toWorker() != null && !transfer.toWorker().equals(transfer.transferredBy())) {
      notices.caseGiven(NoticeKind.CASE_TRANSFERRED, transfer.personId(), transfer.toWorker(),
          "transfer:" + transfer.involvementId() + ":" + transfer.at().toEpochMilli());
    }
  }
}
