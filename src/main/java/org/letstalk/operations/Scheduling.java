package org.letstalk.operations;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Background work on a timer that is not casework: metrics refreshes (casework timers are in the models). */
@Configuration
@EnableScheduling
class Scheduling {
}
