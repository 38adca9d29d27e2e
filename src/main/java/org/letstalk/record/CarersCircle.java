package org.letstalk.record;

import java.util.UUID;

/** Whether a person is a carer or is cared for: the records the carers' centre reads (carers answers it). */
public interface CarersCircle {

  boolean includes(UUID personId);
}
