package org.letstalk.safeguarding;

import java.time.LocalDate;

/**
 * The enquiry's discussion or strategy meeting: who met and when, what was said, the outcomes the person wants
 * (Making Safeguarding Personal), and who represents them.
 */
public record EnquiryDiscussion(MeetingKind kind, LocalDate heldOn, String attendees, String notes,
    String outcomesPersonWants, Representation representation) {
}
