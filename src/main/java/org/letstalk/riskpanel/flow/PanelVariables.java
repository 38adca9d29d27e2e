package org.letstalk.riskpanel.flow;

/** The variables of risk-enablement-panel: the referral's id and who referred; its words stay in the table. */
final class PanelVariables {

  static final String REFERRAL_ID = "panelReferralId";
  /** Who made the referral: the advice comes back to them, to decide with their manager. */
  static final String REFERRED_BY = "panelReferredBy";

  private PanelVariables() {
  }
}
