package cn.gov.sh.tradesecret.enterprise.assessment;

/** An answer to a guide's question, and how much of the question's weight it earns. */
public enum Answer {
  YES(1.0),
  PARTLY(0.5),
  NO(0.0);

  private final double share;

  Answer(double share) {
    this.share = share;
  }

  double share() {
    return share;
  }
}
