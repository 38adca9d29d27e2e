package org.letstalk.crisis;

/** A check-in with the person while their plan runs: how it went and whether the plan is working. */
public record CheckInForm(String notes, boolean planWorking) {
}
