package org.letstalk.carers;

import java.util.UUID;
import org.letstalk.record.CarersCircle;
import org.springframework.stereotype.Component;

/** A person linked as a carer or as cared for is in the carers' centre's circle. */
@Component
class CarersCircleLinks implements CarersCircle {

  private final CarerLinkRepository links;

  CarersCircleLinks(CarerLinkRepository links) {
    this.links = links;
  }

  @Override
  public boolean includes(UUID personId) {
    return links.existsByCarerIdOrCaredForId(personId, personId);
  }
}
