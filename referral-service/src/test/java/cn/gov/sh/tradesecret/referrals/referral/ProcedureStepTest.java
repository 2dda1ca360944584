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
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.sh.tradesecret.events.reference.AgencyType;
import cn.gov.sh.tradesecret.referrals.deadline.DeadlineClock;
import cn.gov.sh.tradesecret.referrals.referral.ProcedureStep.Taker;
import cn.gov.sh.tradesecret.support.domain.DomainException;
import cn.gov.sh.tradesecret.support.security.Officer;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The table of the procedure's steps: who takes each one, which clocks it stops and which it
 * starts.
 */
class ProcedureStepTest {

  static final Officer SONGJIANG_OFFICER =
      officer(AgencyType.MARKET_REGULATION, "MR-310117", "310117", "OFFICER");
  static final Officer SONGJIANG_HEAD =
      officer(AgencyType.MARKET_REGULATION, "MR-310117", "310117", "HEAD");
  static final Officer MUNICIPAL_OFFICER =
      officer(AgencyType.MARKET_REGULATION, "MR-310000", "310000", "OFFICER");
  static final Officer MUNICIPAL_HEAD =
      officer(AgencyType.MARKET_REGULATION, "MR-310000", "310000", "HEAD");
  static final Officer XUHUI_OFFICER =
      officer(AgencyType.MARKET_REGULATION, "MR-310104", "310104", "OFFICER");
  static final Officer SONGJIANG_POLICE =
      officer(AgencyType.POLICE, "PSB-310117", "310117", "OFFICER");
  static final Officer XUHUI_POLICE = officer(AgencyType.POLICE, "PSB-310104", "310104", "OFFICER");
  static final Officer SONGJIANG_PROCURATOR =
      officer(AgencyType.PROCURATORATE, "PROC-310117", "310117", "PROCURATOR");
  static final Officer SONGJIANG_PROSECUTION_CLERK =
      officer(AgencyType.PROCURATORATE, "PROC-310117", "310117", "OFFICER");
  static final Officer XUHUI_PROCURATOR =
      officer(AgencyType.PROCURATORATE, "PROC-310104", "310104", "PROCURATOR");

  static Officer officer(AgencyType agency, String unit, String jurisdiction, String role) {
    return new Officer(
        unit.toLowerCase() + "-" + role.toLowerCase(), agency, unit, jurisdiction, Set.of(role));
  }

  record Row(Taker taker, Set<DeadlineClock> stops, Set<DeadlineClock> starts) {}

  static Set<DeadlineClock> none() {
    return EnumSet.noneOf(DeadlineClock.class);
  }

  static Set<DeadlineClock> all() {
    return EnumSet.allOf(DeadlineClock.class);
  }

  /**
   * The procedure as the regulation gives it (art. 5 to 9), written out once more to be checked
   * against.
   */
  static final Map<ProcedureStep, Row> PROCEDURE =
      Map.ofEntries(
          Map.entry(
              ProcedureStep.PROPOSE,
              new Row(Taker.BUREAU_OF_DISTRICT, none(), EnumSet.of(APPROVAL))),
          Map.entry(
              ProcedureStep.APPROVE,
              new Row(Taker.HEAD_OF_REFERRING_BUREAU, EnumSet.of(APPROVAL), EnumSet.of(TRANSFER))),
          Map.entry(ProcedureStep.REJECT, new Row(Taker.HEAD_OF_REFERRING_BUREAU, all(), none())),
          Map.entry(
              ProcedureStep.TRANSFER_TO_POLICE,
              new Row(Taker.REFERRING_BUREAU, EnumSet.of(TRANSFER), none())),
          Map.entry(
              ProcedureStep.RECEIPT,
              new Row(Taker.ADDRESSED_POLICE, none(), EnumSet.of(DECISION, FORWARDING))),
          Map.entry(
              ProcedureStep.FORWARD,
              new Row(Taker.ADDRESSED_POLICE, EnumSet.of(DECISION, FORWARDING), none())),
          Map.entry(
              ProcedureStep.ACCEPT, new Row(Taker.ADDRESSED_POLICE, all(), EnumSet.of(HANDOVER))),
          Map.entry(
              ProcedureStep.DECLINE,
              new Row(
                  Taker.ADDRESSED_POLICE,
                  EnumSet.of(DECISION, FORWARDING),
                  EnumSet.of(RECONSIDERATION_REQUEST, SUPERVISION_REQUEST))),
          Map.entry(
              ProcedureStep.REQUEST_RECONSIDERATION,
              new Row(
                  Taker.REFERRING_BUREAU,
                  EnumSet.of(RECONSIDERATION_REQUEST),
                  EnumSet.of(RECONSIDERATION_DECISION))),
          Map.entry(
              ProcedureStep.ACCEPT_ON_RECONSIDERATION,
              new Row(Taker.ADDRESSED_POLICE, all(), EnumSet.of(HANDOVER))),
          Map.entry(
              ProcedureStep.UPHOLD_DECLINE,
              new Row(
                  Taker.ADDRESSED_POLICE,
                  EnumSet.of(RECONSIDERATION_DECISION, SUPERVISION_REQUEST),
                  EnumSet.of(SUPERVISION_REQUEST))),
          Map.entry(
              ProcedureStep.REQUEST_SUPERVISION,
              new Row(Taker.REFERRING_BUREAU, EnumSet.of(SUPERVISION_REQUEST), none())),
          Map.entry(
              ProcedureStep.REQUIRE_EXPLANATION,
              new Row(Taker.PROCURATOR, none(), EnumSet.of(EXPLANATION))),
          Map.entry(
              ProcedureStep.EXPLAIN,
              new Row(Taker.ADDRESSED_POLICE, EnumSet.of(EXPLANATION), none())),
          Map.entry(
              ProcedureStep.ORDER_FILING,
              new Row(
                  Taker.PROCURATOR,
                  EnumSet.of(EXPLANATION, RECONSIDERATION_DECISION),
                  EnumSet.of(FILING))),
          Map.entry(
              ProcedureStep.CLOSE_SUPERVISION,
              new Row(Taker.PROCURATOR, EnumSet.of(EXPLANATION), none())),
          Map.entry(
              ProcedureStep.HAND_OVER_ITEMS,
              new Row(Taker.REFERRING_BUREAU, EnumSet.of(HANDOVER), none())));

  @Test
  void everyStepNamesItsTakerAndTheClocksItStopsAndStarts() {
    assertThat(PROCEDURE).containsOnlyKeys(ProcedureStep.values());
    for (ProcedureStep step : ProcedureStep.values()) {
      Row row = PROCEDURE.get(step);
      assertThat(step.taker()).as(step + " taker").isEqualTo(row.taker());
      assertThat(step.stops()).as(step + " stops").isEqualTo(row.stops());
      assertThat(step.starts()).as(step + " starts").isEqualTo(row.starts());
    }
  }

  @Test
  void eachClockIsBeatenByThePoliceOrByTheReferringBureau() {
    Referral referral = ReferralTest.receipted();

    for (DeadlineClock clock : DeadlineClock.values()) {
      boolean police =
          EnumSet.of(DECISION, FORWARDING, RECONSIDERATION_DECISION, EXPLANATION, FILING)
              .contains(clock);
      assertThat(ProcedureStep.responsibleUnit(clock, referral))
          .as(clock.name())
          .isEqualTo(police ? "PSB-310117" : "MR-310117");
    }
  }

  @Test
  void theSupervisionWindowDoesNotOpenAgainOnceSupervisionWasRequested() {
    Referral referral = ReferralTest.receipted();
    referral.decline(ReferralTest.POLICE, ReferralTest.T, "No crime.");
    referral.requestReconsideration(ReferralTest.OFFICER, ReferralTest.T, "We disagree.");
    assertThat(ProcedureStep.UPHOLD_DECLINE.startsFor(referral))
        .containsExactly(SUPERVISION_REQUEST);

    referral.requestSupervision(ReferralTest.OFFICER, ReferralTest.T, "Supervise, please.");

    assertThat(ProcedureStep.UPHOLD_DECLINE.startsFor(referral)).isEmpty();
  }

  @Test
  void onlyTheHeadOfTheReferringBureauApprovesOrRejects() {
    Referral referral = ReferralTest.proposed();

    assertTakes(ProcedureStep.APPROVE, referral, SONGJIANG_HEAD);
    assertRefused(
        ProcedureStep.APPROVE,
        referral,
        SONGJIANG_OFFICER,
        MUNICIPAL_HEAD,
        XUHUI_OFFICER,
        SONGJIANG_POLICE,
        SONGJIANG_PROCURATOR);
    assertRefused(ProcedureStep.REJECT, referral, SONGJIANG_OFFICER, MUNICIPAL_HEAD);
  }

  @Test
  void theBureauCoveringTheDistrictProposesTransfersAndSeeksRedress() {
    Referral referral = ReferralTest.proposed();

    for (ProcedureStep step :
        EnumSet.of(
            ProcedureStep.PROPOSE,
            ProcedureStep.TRANSFER_TO_POLICE,
            ProcedureStep.REQUEST_RECONSIDERATION,
            ProcedureStep.REQUEST_SUPERVISION,
            ProcedureStep.HAND_OVER_ITEMS)) {
      assertTakes(step, referral, SONGJIANG_OFFICER, SONGJIANG_HEAD, MUNICIPAL_OFFICER);
      assertRefused(step, referral, XUHUI_OFFICER, SONGJIANG_POLICE, SONGJIANG_PROCURATOR);
    }
  }

  @Test
  void onlyThePoliceUnitTheReferralIsAddressedToDecides() {
    Referral referral = ReferralTest.receipted();

    for (ProcedureStep step :
        EnumSet.of(
            ProcedureStep.RECEIPT,
            ProcedureStep.FORWARD,
            ProcedureStep.ACCEPT,
            ProcedureStep.DECLINE,
            ProcedureStep.ACCEPT_ON_RECONSIDERATION,
            ProcedureStep.UPHOLD_DECLINE,
            ProcedureStep.EXPLAIN)) {
      assertTakes(step, referral, SONGJIANG_POLICE);
      assertRefused(step, referral, XUHUI_POLICE, SONGJIANG_OFFICER, SONGJIANG_PROCURATOR);
    }
  }

  @Test
  void onlyAProcuratorOfTheDistrictSupervises() {
    Referral referral = ReferralTest.receipted();

    for (ProcedureStep step :
        EnumSet.of(
            ProcedureStep.REQUIRE_EXPLANATION,
            ProcedureStep.ORDER_FILING,
            ProcedureStep.CLOSE_SUPERVISION)) {
      assertTakes(step, referral, SONGJIANG_PROCURATOR);
      assertRefused(
          step,
          referral,
          SONGJIANG_PROSECUTION_CLERK,
          XUHUI_PROCURATOR,
          SONGJIANG_POLICE,
          SONGJIANG_HEAD);
    }
  }

  static void assertTakes(ProcedureStep step, Referral referral, Officer... officers) {
    for (Officer officer : officers) {
      assertThatNoException()
          .as(step + " by " + officer.account())
          .isThrownBy(() -> step.requireTaker(referral, officer));
    }
  }

  static void assertRefused(ProcedureStep step, Referral referral, Officer... officers) {
    for (Officer officer : officers) {
      assertThatThrownBy(() -> step.requireTaker(referral, officer))
          .as(step + " by " + officer.account())
          .isInstanceOfSatisfying(
              DomainException.class, e -> assertThat(e.type()).isEqualTo("forbidden"));
    }
  }
}
