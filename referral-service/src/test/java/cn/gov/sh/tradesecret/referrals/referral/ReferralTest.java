package cn.gov.sh.tradesecret.referrals.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.sh.tradesecret.events.referrals.ReferralAccepted;
import cn.gov.sh.tradesecret.events.referrals.ReferralApproved;
import cn.gov.sh.tradesecret.events.referrals.ReferralDeclined;
import cn.gov.sh.tradesecret.events.referrals.ReferralExplanationGiven;
import cn.gov.sh.tradesecret.events.referrals.ReferralExplanationRequired;
import cn.gov.sh.tradesecret.events.referrals.ReferralFilingOrdered;
import cn.gov.sh.tradesecret.events.referrals.ReferralForwarded;
import cn.gov.sh.tradesecret.events.referrals.ReferralItemsHandedOver;
import cn.gov.sh.tradesecret.events.referrals.ReferralProposed;
import cn.gov.sh.tradesecret.events.referrals.ReferralReceipted;
import cn.gov.sh.tradesecret.events.referrals.ReferralReconsiderationDecided;
import cn.gov.sh.tradesecret.events.referrals.ReferralReconsiderationRequested;
import cn.gov.sh.tradesecret.events.referrals.ReferralRejected;
import cn.gov.sh.tradesecret.events.referrals.ReferralSupervisionClosed;
import cn.gov.sh.tradesecret.events.referrals.ReferralSupervisionRequested;
import cn.gov.sh.tradesecret.events.referrals.ReferralTransferred;
import cn.gov.sh.tradesecret.support.domain.DomainException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The aggregate guards the order of the steps, records each one and the event it caused. */
class ReferralTest {

  static final Instant T = Instant.parse("2026-03-02T02:00:00Z");
  static final Actor OFFICER = new Actor("songjiang-officer", "MR-310117");
  static final Actor HEAD = new Actor("songjiang-head", "MR-310117");
  static final Actor POLICE = new Actor("songjiang-police", "PSB-310117");
  static final Actor PROCURATOR = new Actor("songjiang-procurator", "PROC-310117");

  static Referral proposed() {
    return new Referral(
        UUID.randomUUID(), "C-1", "N-1", "310117", "Loss of 350,000 yuan.", OFFICER, T);
  }

  static Referral receipted() {
    Referral referral = proposed();
    referral.approve(HEAD, T.plusSeconds(60));
    referral.transfer(
        OFFICER,
        T.plusSeconds(120),
        List.of(new Material(MaterialKind.TRANSFER_LETTER, "letter", "ab".repeat(32))));
    referral.receipt(POLICE, T.plusSeconds(180));
    return referral;
  }

  /** The events the referral recorded and has not yet handed on (a save hands them on likewise). */
  static List<Object> events(Referral referral) {
    return referral.takeRecordedEvents();
  }

  static void assertWrongStep(Runnable step) {
    assertThatThrownBy(step::run)
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.type()).isEqualTo(Referral.WRONG_STEP));
  }

  @Test
  void aProposalIsAddressedToTheBureauOfItsDistrictAndRecorded() {
    Referral referral = proposed();

    assertThat(referral.getReferringUnit()).isEqualTo("MR-310117");
    assertThat(referral.getProcuratorateUnit()).isEqualTo("PROC-310117");
    assertThat(referral.getHistory())
        .extracting(ReferralStep::getStep)
        .containsExactly(Step.PROPOSED);
  }

  @Test
  void transferGoesToThePoliceOfTheSameDistrictAndDeclineReturnsTheMaterials() {
    Referral referral = receipted();
    referral.decline(POLICE, T.plusSeconds(240), "No crime.");

    assertThat(referral.getPoliceUnit()).isEqualTo("PSB-310117");
    assertThat(referral.getDeclinedAt()).isEqualTo(T.plusSeconds(240));
    ReferralStep decline = referral.getHistory().get(4);
    assertThat(decline.getFromStatus()).isEqualTo(ReferralStatus.RECEIPTED);
    assertThat(decline.getActor()).isEqualTo("songjiang-police");
    assertThat(decline.getDocuments())
        .containsExactly("returned TRANSFER_LETTER:letter:" + "ab".repeat(32));
  }

  @Test
  void stepsOutOfOrderAreRefusedAndNotRecorded() {
    Referral referral = proposed();

    assertWrongStep(() -> referral.transfer(OFFICER, T, List.of()));
    assertWrongStep(() -> referral.receipt(POLICE, T));
    assertWrongStep(() -> referral.accept(POLICE, T, "N"));
    assertWrongStep(() -> referral.requestSupervision(OFFICER, T, "x"));
    assertThat(referral.getHistory()).hasSize(1);
    assertThat(referral.getStatus()).isEqualTo(ReferralStatus.PROPOSED);
  }

  @Test
  void aDeclinedReferralIsAcceptedOnlyOnAnOrderToFile() {
    Referral referral = receipted();
    referral.decline(POLICE, T, "No crime.");
    assertWrongStep(() -> referral.accept(POLICE, T, "N"));

    referral.requestSupervision(OFFICER, T, "We disagree.");
    assertWrongStep(() -> referral.explain(POLICE, T, "x"));
    referral.orderFiling(PROCURATOR, T, "File it.");
    referral.accept(POLICE, T, "N-7");

    assertThat(referral.getStatus()).isEqualTo(ReferralStatus.ACCEPTED);
    assertThat(referral.getCriminalCaseNumber()).isEqualTo("N-7");
    assertWrongStep(() -> referral.closeSupervision(PROCURATOR, T, "x"));
  }

  @Test
  void forwardingToTheSameUnitIsRefused() {
    Referral referral = receipted();

    assertThatThrownBy(() -> referral.forward(POLICE, T, "PSB-310117", "x"))
        .isInstanceOf(DomainException.class);
    referral.forward(POLICE, T, "PSB-310104", "Competent in Xuhui.");

    assertThat(referral.policeUnits()).containsExactlyInAnyOrder("PSB-310104", "PSB-310117");
    assertThat(referral.getStatus()).isEqualTo(ReferralStatus.FORWARDED);
  }

  @Test
  void aProposalRecordsItsEventForTheBureauOfItsDistrict() {
    Referral referral = proposed();

    assertThat(events(referral))
        .containsExactly(
            new ReferralProposed(referral.getId().toString(), "C-1", "310117", "MR-310117", T));
  }

  @Test
  void eachStepToTheHandoverRecordsTheEventItCaused() {
    Referral referral = receipted();
    String id = referral.getId().toString();
    referral.decline(POLICE, T.plusSeconds(240), "No crime.");
    referral.requestReconsideration(OFFICER, T.plusSeconds(300), "We disagree.");
    referral.decideReconsideration(POLICE, T.plusSeconds(360), true, "Reviewed.", "N-9");
    referral.handOverItems(OFFICER, T.plusSeconds(420), List.of("3 USB drives"));

    assertThat(events(referral))
        .containsExactly(
            new ReferralProposed(id, "C-1", "310117", "MR-310117", T),
            new ReferralApproved(
                id, "C-1", "310117", "MR-310117", "songjiang-head", T.plusSeconds(60)),
            new ReferralTransferred(
                id,
                "C-1",
                "310117",
                "MR-310117",
                "PSB-310117",
                "PROC-310117",
                List.of("TRANSFER_LETTER:" + "ab".repeat(32)),
                "songjiang-officer",
                T.plusSeconds(120)),
            new ReferralReceipted(
                id,
                "C-1",
                "310117",
                "MR-310117",
                "PSB-310117",
                "songjiang-police",
                T.plusSeconds(180)),
            new ReferralDeclined(
                id, "C-1", "310117", "MR-310117", "PSB-310117", "No crime.", T.plusSeconds(240)),
            new ReferralReconsiderationRequested(
                id,
                "C-1",
                "310117",
                "MR-310117",
                "PSB-310117",
                "We disagree.",
                "songjiang-officer",
                T.plusSeconds(300)),
            new ReferralReconsiderationDecided(
                id,
                "C-1",
                "310117",
                "MR-310117",
                "PSB-310117",
                "ACCEPTED",
                "Reviewed.",
                T.plusSeconds(360)),
            new ReferralAccepted(
                id, "C-1", "310117", "MR-310117", "PSB-310117", T.plusSeconds(360)),
            new ReferralItemsHandedOver(
                id,
                "C-1",
                "310117",
                "MR-310117",
                "PSB-310117",
                List.of("3 USB drives"),
                "songjiang-officer",
                T.plusSeconds(420)));
  }

  @Test
  void supervisionStepsRecordTheirEventsForTheProcuratorate() {
    Referral referral = receipted();
    String id = referral.getId().toString();
    referral.decline(POLICE, T, "No crime.");
    referral.requestReconsideration(OFFICER, T, "We disagree.");
    referral.decideReconsideration(POLICE, T, false, "Upheld.", null);
    referral.requestSupervision(OFFICER, T, "Supervise, please.");
    referral.requireExplanation(PROCURATOR, T, "Explain.");
    referral.explain(POLICE, T, "Because.");
    referral.orderFiling(PROCURATOR, T, "File it.");

    assertThat(events(referral))
        .endsWith(
            new ReferralReconsiderationDecided(
                id, "C-1", "310117", "MR-310117", "PSB-310117", "DECLINE_UPHELD", "Upheld.", T),
            new ReferralSupervisionRequested(
                id,
                "C-1",
                "310117",
                "MR-310117",
                "PSB-310117",
                "PROC-310117",
                "Supervise, please.",
                "songjiang-officer",
                T),
            new ReferralExplanationRequired(
                id,
                "C-1",
                "310117",
                "PSB-310117",
                "PROC-310117",
                "Explain.",
                "songjiang-procurator",
                T),
            new ReferralExplanationGiven(
                id,
                "C-1",
                "310117",
                "PSB-310117",
                "PROC-310117",
                "Because.",
                "songjiang-police",
                T),
            new ReferralFilingOrdered(
                id,
                "C-1",
                "310117",
                "PSB-310117",
                "PROC-310117",
                "File it.",
                "songjiang-procurator",
                T));
  }

  @Test
  void aRejectionAClosedSupervisionAndAForwardingRecordWhoDidWhat() {
    Referral rejected = proposed();
    rejected.reject(HEAD, T, "Not a crime.");
    assertThat(events(rejected))
        .last()
        .isEqualTo(
            new ReferralRejected(
                rejected.getId().toString(),
                "C-1",
                "310117",
                "MR-310117",
                "Not a crime.",
                "songjiang-head",
                T));

    Referral closed = receipted();
    closed.decline(POLICE, T, "No crime.");
    closed.requestSupervision(OFFICER, T, "Supervise.");
    closed.closeSupervision(PROCURATOR, T, "The decline stands.");
    assertThat(events(closed))
        .last()
        .isEqualTo(
            new ReferralSupervisionClosed(
                closed.getId().toString(),
                "C-1",
                "310117",
                "MR-310117",
                "PROC-310117",
                "The decline stands.",
                "songjiang-procurator",
                T));

    Referral forwarded = receipted();
    forwarded.forward(POLICE, T, "PSB-310104", "Competent in Xuhui.");
    assertThat(events(forwarded))
        .last()
        .isEqualTo(
            new ReferralForwarded(
                forwarded.getId().toString(),
                "C-1",
                "310117",
                "MR-310117",
                "PSB-310117",
                "PSB-310104",
                "Competent in Xuhui.",
                T));
  }

  @Test
  void aRefusedStepRecordsNoEvent() {
    Referral proposed = proposed();
    Referral receipted = receipted();

    assertWrongStep(() -> proposed.receipt(POLICE, T));
    assertThatThrownBy(() -> receipted.forward(POLICE, T, "PSB-310117", "x"))
        .isInstanceOf(DomainException.class);

    assertThat(events(proposed)).hasSize(1);
    assertThat(events(receipted)).hasSize(4);
  }
}
