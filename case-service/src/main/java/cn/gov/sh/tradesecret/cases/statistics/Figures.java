package cn.gov.sh.tradesecret.cases.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The figures of one district (or of the city, {@code 310000}) over a range of years. Leads,
 * filings, closings, referral proposals, mediation agreements and penalty decisions count when they
 * happened in the range; fines and confiscations (罚没款) are those of the cases closed in it. A case
 * is handled (查办) in the range when it was filed before the range ended and not closed before it
 * began; it is open (未结案) when not closed by the end of the range. The facts (amount involved,
 * losses recovered, foreign-related, typical case) are summed over the cases handled.
 *
 * <p>Mediation: the platform records the agreements concluded with the court's answer (司法确认 or a
 * refusal, which sends the case back to investigation), and the mediations that ended without an
 * agreement (the parties did not agree, a party withdrew, the rights holder asked to go on with the
 * investigation; the last one of a case counts). The success rate is confirmed agreements over the
 * mediations concluded either way in the range: agreements the court answered, and failures;
 * agreements awaiting the court's answer do not count.
 *
 * <p>Penalty execution: a decision of the range counts as executed when its execution was recorded
 * by the end of the range as paid in full or enforced by the court (申请法院强制执行); instalments or a
 * deferral approved (Administrative Penalty Law art. 66) do not count until the record says paid. A
 * closed case without a recorded execution does not count as executed (until 2026-12 the rate
 * counted every penalised case closed by the end of the range).
 *
 * @param finesAndConfiscations fines plus confiscated illegal gains, in yuan
 * @param mediationsFailed mediations of the range that ended without an agreement
 * @param mediationSuccessRate confirmed agreements over answered agreements and failed mediations
 *     (0 to 1), null when none
 * @param penaltyExecutionRate executed over decided penalties (0 to 1), null when none
 */
public record Figures(
    String district,
    String name,
    long leads,
    long casesFiled,
    long casesHandled,
    long casesClosed,
    long openCases,
    BigDecimal fines,
    BigDecimal confiscations,
    BigDecimal finesAndConfiscations,
    long referralsProposed,
    long mediationsConcluded,
    long mediationsConfirmed,
    long mediationsRefused,
    long mediationsFailed,
    BigDecimal mediationSuccessRate,
    long penaltiesDecided,
    long penaltiesExecuted,
    BigDecimal penaltyExecutionRate,
    BigDecimal amountInvolved,
    BigDecimal lossesRecovered,
    long foreignRelatedCases,
    long typicalCases) {

  /** The counts, with the totals and rates they imply. */
  static Figures of(
      String district,
      String name,
      long leads,
      long casesFiled,
      long casesHandled,
      long casesClosed,
      long openCases,
      BigDecimal fines,
      BigDecimal confiscations,
      long referralsProposed,
      long mediationsConcluded,
      long mediationsConfirmed,
      long mediationsRefused,
      long mediationsFailed,
      long penaltiesDecided,
      long penaltiesExecuted,
      BigDecimal amountInvolved,
      BigDecimal lossesRecovered,
      long foreignRelatedCases,
      long typicalCases) {
    return new Figures(
        district,
        name,
        leads,
        casesFiled,
        casesHandled,
        casesClosed,
        openCases,
        fines,
        confiscations,
        fines.add(confiscations),
        referralsProposed,
        mediationsConcluded,
        mediationsConfirmed,
        mediationsRefused,
        mediationsFailed,
        rate(mediationsConfirmed, mediationsConfirmed + mediationsRefused + mediationsFailed),
        penaltiesDecided,
        penaltiesExecuted,
        rate(penaltiesExecuted, penaltiesDecided),
        amountInvolved,
        lossesRecovered,
        foreignRelatedCases,
        typicalCases);
  }

  /** No figures at all. */
  static Figures none(String district, String name) {
    return of(
        district,
        name,
        0,
        0,
        0,
        0,
        0,
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        0,
        0);
  }

  /** These figures and {@code other}'s together, under {@code district} and {@code name}. */
  Figures plus(Figures other, String district, String name) {
    return of(
        district,
        name,
        leads + other.leads,
        casesFiled + other.casesFiled,
        casesHandled + other.casesHandled,
        casesClosed + other.casesClosed,
        openCases + other.openCases,
        fines.add(other.fines),
        confiscations.add(other.confiscations),
        referralsProposed + other.referralsProposed,
        mediationsConcluded + other.mediationsConcluded,
        mediationsConfirmed + other.mediationsConfirmed,
        mediationsRefused + other.mediationsRefused,
        mediationsFailed + other.mediationsFailed,
        penaltiesDecided + other.penaltiesDecided,
        penaltiesExecuted + other.penaltiesExecuted,
        amountInvolved.add(other.amountInvolved),
        lossesRecovered.add(other.lossesRecovered),
        foreignRelatedCases + other.foreignRelatedCases,
        typicalCases + other.typicalCases);
  }

  private static BigDecimal rate(long part, long whole) {
    return whole == 0
        ? null
        : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
  }
}
