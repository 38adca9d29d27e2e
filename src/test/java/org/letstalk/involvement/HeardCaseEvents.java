package org.letstalk.involvement;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** What the transfers told whoever listens, as the new worker's notice hears it. */
@Component
class HeardCaseEvents {

  static final List<CaseTransferred> TRANSFERS = new CopyOnWriteArrayList<>();

  @EventListener
  void on(CaseTransferred event) {
    TRANSFERS.add(event);
  }
}
