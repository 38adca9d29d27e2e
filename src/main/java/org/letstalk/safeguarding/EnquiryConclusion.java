package org.letstalk.safeguarding;

/** How the enquiry ended: whether the person's outcomes were achieved, what of the risk, and a summary. */
public record EnquiryConclusion(MspOutcome mspOutcome, RiskOutcome riskOutcome, String summary) {
}
