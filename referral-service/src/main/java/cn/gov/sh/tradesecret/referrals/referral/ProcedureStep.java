package cn.gov.sh.tradesecret.referrals.referral;

import static cn.gov.sh.tradesecret.referrals.deadline.DeadlineClock.APPROVAL;
import static cn.gov.sh.tradesecret.referrals.deadline.DeadlineClock.DECISION;
import static cn.gov.sh.tradesecret.referrals.deadline.DeadlineClock.EXPLANATION;
import static cn.gov.sh.tradesecret.referrals.deadline.DeadlineClock.FILING;
import static cn.gov.sh.tradesecret.referrals.deadline.DeadlineClock.FORWARDING;
import static cn.gov.sh.tradesecret.referrals.deadline.DeadlineClock.HANDOVER;
import static cn.gov.sh.tradesecret.referrals.deadline.DeadlineClock.RECONSIDERATION_DECISION;
import static cn.gov.sh.tradesecret.referrals.deadline.DeadlineClock.RECONSIDERATION_REQUEST;
import static cn.gov.sh.tradesecret.referrals.deadline.DeadlineClock.SUPERVISION_REQUEST;
import static cn.gov.sh.tradesecret.referrals.deadline.DeadlineClock.TRANSFER;

import cn.gov.sh.tradesecret.events.reference.AgencyType;
import cn.gov.sh.tradesecret.referrals.deadline.DeadlineClock;
import cn.gov.sh.tradesecret.support.security.Officer;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * The steps of the procedure of the State Council regulation on the transfer of suspected criminal
 * cases by administrative law-enforcement agencies (2020 revision), as a table: who takes each step
 * and which clocks it stops and starts. {@link Procedure} applies any of them the same way; the
 * {@link Referral} checks the order and its history records each as a {@link Step}.
 */
enum ProcedureStep {
  /** A case team of the district's bureau proposes (art. 5); the head decides within 3 days. */
  PROPOSE(Taker.BUREAU_OF_DISTRICT, none(), EnumSet.of(APPROVAL)),
  /** The head approves (art. 5); the transfer follows within 24 hours. */
  APPROVE(Taker.HEAD_OF_REFERRING_BUREAU, EnumSet.of(APPROVAL), EnumSet.of(TRANSFER)),
  /** The head rejects (art. 5): the referral ends, every clock with it. */
  REJECT(Taker.HEAD_OF_REFERRING_BUREAU, all(), none()),
  /** The bureau transfers with the five materials (art. 6). */
  TRANSFER_TO_POLICE(Taker.REFERRING_BUREAU, EnumSet.of(TRANSFER), none()),
  /**
   * The police sign the receipt (art. 7): they decide within 3 days (art. 8) or forward within 24
   * hours (art. 7).
   */
  RECEIPT(Taker.ADDRESSED_POLICE, none(), EnumSet.of(DECISION, FORWARDING)),
  /**
   * A police unit that is not competent forwards (art. 7); the competent one's receipt starts its
   * clocks anew.
   */
  FORWARD(Taker.ADDRESSED_POLICE, EnumSet.of(DECISION, FORWARDING), none()),
  /**
   * The police file a criminal case (art. 8, or on the order to file): the bureau hands over the
   * items in 3 days.
   */
  ACCEPT(Taker.ADDRESSED_POLICE, all(), EnumSet.of(HANDOVER)),
  /**
   * The police decline (art. 8); a unit that decides is competent and no longer forwards. The
   * bureau's 3-day windows for reconsideration and supervision open (art. 9).
   */
  DECLINE(
      Taker.ADDRESSED_POLICE,
      EnumSet.of(DECISION, FORWARDING),
      EnumSet.of(RECONSIDERATION_REQUEST, SUPERVISION_REQUEST)),
  /** The bureau asks for reconsideration (art. 9); the police decide within 3 days. */
  REQUEST_RECONSIDERATION(
      Taker.REFERRING_BUREAU,
      EnumSet.of(RECONSIDERATION_REQUEST),
      EnumSet.of(RECONSIDERATION_DECISION)),
  /** On reconsideration the police file the case (art. 9): an acceptance. */
  ACCEPT_ON_RECONSIDERATION(Taker.ADDRESSED_POLICE, all(), EnumSet.of(HANDOVER)),
  /**
   * On reconsideration the police uphold the decline (art. 9): the supervision window runs from
   * this decision.
   */
  UPHOLD_DECLINE(
      Taker.ADDRESSED_POLICE,
      EnumSet.of(RECONSIDERATION_DECISION, SUPERVISION_REQUEST),
      EnumSet.of(SUPERVISION_REQUEST)),
  /** The bureau asks the procuratorate to supervise (art. 9). */
  REQUEST_SUPERVISION(Taker.REFERRING_BUREAU, EnumSet.of(SUPERVISION_REQUEST), none()),
  /** The procurator requires the police to explain the decline within 7 days. */
  REQUIRE_EXPLANATION(Taker.PROCURATOR, none(), EnumSet.of(EXPLANATION)),
  /** The police explain the decline. */
  EXPLAIN(Taker.ADDRESSED_POLICE, EnumSet.of(EXPLANATION), none()),
  /**
   * The procurator orders the police to file, within 15 days; no reconsideration is awaited any
   * more.
   */
  ORDER_FILING(
      Taker.PROCURATOR, EnumSet.of(EXPLANATION, RECONSIDERATION_DECISION), EnumSet.of(FILING)),
  /** The procurator closes the supervision: the decline stands. */
  CLOSE_SUPERVISION(Taker.PROCURATOR, EnumSet.of(EXPLANATION), none()),
  /** The bureau hands over the items involved after the filing. */
  HAND_OVER_ITEMS(Taker.REFERRING_BUREAU, EnumSet.of(HANDOVER), none());

  private final Taker taker;
  private final Set<DeadlineClock> stops;
  private final Set<DeadlineClock> starts;

  ProcedureStep(Taker taker, Set<DeadlineClock> stops, Set<DeadlineClock> starts) {
    this.taker = taker;
    this.stops = stops;
    this.starts = starts;
  }

  Taker taker() {
    return taker;
  }

  /** The clocks this step stops: their duty was done, or can no longer be. */
  Set<DeadlineClock> stops() {
    return EnumSet.copyOf(stops);
  }

  /** The clocks this step starts. */
  Set<DeadlineClock> starts() {
    return EnumSet.copyOf(starts);
  }

  /**
   * The clocks this step starts for {@code referral}: the bureau's right to ask for supervision
   * (art. 9) is exercised once, so its window does not open again once supervision was requested.
   */
  Set<DeadlineClock> startsFor(Referral referral) {
    Set<DeadlineClock> starting = starts();
    if (referral.getSupervision() != SupervisionStatus.NONE) {
      starting.remove(SUPERVISION_REQUEST);
    }
    return starting;
  }

  /** Refuses (403) an officer who may not take this step on {@code referral}. */
  void requireTaker(Referral referral, Officer officer) {
    Officer.require(taker.may(officer, referral), taker.refusal.apply(referral));
  }

  /**
   * The unit that must beat {@code clock}: the police for their decisions and answers, the bureau
   * for the rest.
   */
  static String responsibleUnit(DeadlineClock clock, Referral referral) {
    return switch (clock) {
      case DECISION, FORWARDING, RECONSIDERATION_DECISION, EXPLANATION, FILING ->
          referral.getPoliceUnit();
      case APPROVAL, TRANSFER, RECONSIDERATION_REQUEST, SUPERVISION_REQUEST, HANDOVER ->
          referral.getReferringUnit();
    };
  }

  /** Who takes a step. */
  enum Taker {
    /**
     * The market-regulation bureau covering the case's district (art. 5): its case team proposes.
     */
    BUREAU_OF_DISTRICT(
        (officer, referral) ->
            officer.actsFor(AgencyType.MARKET_REGULATION, referral.getDistrict()),
        referral ->
            "only the market-regulation bureau of district "
                + referral.getDistrict()
                + " or the municipal bureau proposes its referrals"),
    /** Only the head of the referring bureau approves or rejects (art. 5). */
    HEAD_OF_REFERRING_BUREAU(
        (officer, referral) ->
            officer.is(AgencyType.MARKET_REGULATION)
                && officer.isHeadOf(referral.getReferringUnit()),
        referral -> "only the head of " + referral.getReferringUnit() + " approves or rejects it"),
    /** The referring bureau: the bureau covering the referral's district. */
    REFERRING_BUREAU(
        (officer, referral) ->
            officer.actsFor(AgencyType.MARKET_REGULATION, referral.getDistrict()),
        referral -> "only the referring bureau takes this step"),
    /** Only the police unit the referral is addressed to receipts and decides (art. 7, 8). */
    ADDRESSED_POLICE(
        (officer, referral) ->
            officer.is(AgencyType.POLICE) && officer.belongsTo(referral.getPoliceUnit()),
        referral ->
            "only "
                + referral.getPoliceUnit()
                + ", to which the referral is addressed, takes this step"),
    /** A procurator of the procuratorate covering the district supervises. */
    PROCURATOR(
        (officer, referral) ->
            officer.actsFor(AgencyType.PROCURATORATE, referral.getDistrict())
                && officer.hasRole(Taker.PROCURATOR_ROLE),
        referral -> "only a procurator supervises");

    private static final String PROCURATOR_ROLE = "PROCURATOR";

    private final BiPredicate<Officer, Referral> may;
    private final Function<Referral, String> refusal;

    Taker(BiPredicate<Officer, Referral> may, Function<Referral, String> refusal) {
      this.may = may;
      this.refusal = refusal;
    }

    /** Whether {@code officer} takes this taker's steps on {@code referral}. */
    boolean may(Officer officer, Referral referral) {
      return may.test(officer, referral);
    }
  }

  private static Set<DeadlineClock> none() {
    return EnumSet.noneOf(DeadlineClock.class);
  }

  private static Set<DeadlineClock> all() {
    return EnumSet.allOf(DeadlineClock.class);
  }
}
