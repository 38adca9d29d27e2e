package org.letstalk.safeguarding;

/** What the enquiry did and what it found. */
public record EnquiryActions(String actionsTaken, String findings) {
}
