package org.letstalk.contact;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import org.letstalk.web.NextTask;

/** The answer to {@code POST /api/contacts}: the contact as recorded, and the tasks it opened for the caller. */
public record ContactReceived(@JsonUnwrapped ContactView contact, List<NextTask> nextTasks) {
}
