package cn.gov.sh.tradesecret.referrals.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.sh.tradesecret.support.domain.DomainException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The aggregate guards the order of the steps and records each one. */
class ReferralTest {

  static final Instant T = Instant.parse("2026-03-02T02:00:00Z");
  static final Actor OFFICER = new Actor("songjiang-officer", "MR-310117");
  static final Actor HEAD = new Actor("songjiang-head", "MR-310117");
  static final Actor POLICE = new Actor("songjiang-police", "PSB-310117");
  static final Actor PROCURATOR = new Actor("songjiang-procurator", "PROC-310117");

  static Referral proposed() {
    return new Referral(UUID.randomUUID(), "C-1", "N-1", "310117", "Loss of 350,000 yuan.", OFFICER, T);
  }

  static Referral receipted() {
    Referral referral = proposed();
    referral.approve(HEAD, T.plusSeconds(60));
    referral.transfer(OFFICER, T.plusSeconds(120), List.of("TRANSFER_LETTER:letter:" + "ab".repeat(32)));
    referral.receipt(POLICE, T.plusSeconds(180));
    return referral;
  }

  static void assertWrongStep(Runnable step) {
    assertThatThrownBy(step::run).isInstanceOfSatisfying(DomainException.class,
        e -> assertThat(e.type()).isEqualTo(Referral.WRONG_STEP));
  }

  @Test
  void aProposalIsAddressedToTheBureauOfItsDistrictAndRecorded() {
    Referral referral = proposed();

    assertThat(referral.getReferringUnit()).isEqualTo("MR-310117");
    assertThat(referral.getProcuratorateUnit()).isEqualTo("PROC-310117");
    assertThat(referral.getHistory()).extracting(ReferralStep::getStep).containsExactly(Step.PROPOSED);
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
    assertThat(decline.getDocuments()).containsExactly("returned TRANSFER_LETTER:letter:" + "ab".repeat(32));
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

    assertThatThrownBy(() -> referral.forward(POLICE, T, "PSB-310117", "x")).isInstanceOf(DomainException.class);
    referral.forward(POLICE, T, "PSB-310104", "Competent in Xuhui.");

    assertThat(referral.policeUnits()).containsExactlyInAnyOrder("PSB-310104", "PSB-310117");
    assertThat(referral.getStatus()).isEqualTo(ReferralStatus.FORWARDED);
  }
}
