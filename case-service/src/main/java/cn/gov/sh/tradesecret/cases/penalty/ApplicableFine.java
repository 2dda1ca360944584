package cn.gov.sh.tradesecret.cases.penalty;

/**
 * The fine range a penalty applies and why (see {@link LawChoice}).
 *
 * @param range the range of the version that applies
 * @param choice the rule that chose it
 */
public record ApplicableFine(FineRange range, LawChoice choice) {

  /**
   * The range of the law at the act ({@code atAct}), unless the law at the decision ({@code
   * atDecision}) is lighter for the party.
   */
  public static ApplicableFine choose(FineRange atAct, FineRange atDecision) {
    return atDecision.isLighterThan(atAct)
        ? new ApplicableFine(atDecision, LawChoice.LIGHTER_LAW_AT_THE_DECISION)
        : new ApplicableFine(atAct, LawChoice.LAW_AT_THE_ACT);
  }
}
