package org.letstalk.review;

import java.util.UUID;

/**
 * At the review of a carer's plan the carer said they can no longer care [W ¶117]; published in the transaction
 * that records the review, so the people they care for are reassessed.
 */
public record CarerCanNoLongerCare(UUID carerId, String findings) {
}
