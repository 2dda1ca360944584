package cn.gov.sh.tradesecret.cases.penalty;

/**
 * Why a penalty applies the law version it applies (Administrative Penalty Law 2021, art. 37): the
 * law in force when the act was committed, unless the law in force at the decision is lighter for
 * the party.
 */
public enum LawChoice {
  LAW_AT_THE_ACT(
      "the law in force when the act was committed applies (Administrative Penalty Law art. 37)"),
  LIGHTER_LAW_AT_THE_DECISION(
      "the law in force at the decision is lighter for the party than the law in force when the act"
          + " was committed, and applies (Administrative Penalty Law art. 37)");

  private final String explanation;

  LawChoice(String explanation) {
    this.explanation = explanation;
  }

  public String getExplanation() {
    return explanation;
  }
}
