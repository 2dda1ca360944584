package cn.gov.sh.tradesecret.pilots.pilot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.sh.tradesecret.events.reference.AgencyType;
import cn.gov.sh.tradesecret.support.security.Officer;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The pilot's state machine and who may act at which level, without a database. */
class PilotTest {

  static final Instant T = Instant.parse("2026-03-02T01:30:00Z");
  static final Officer SONGJIANG = officer(AgencyType.MARKET_REGULATION, "310117");
  static final Officer MUNICIPAL = officer(AgencyType.MARKET_REGULATION, "310000");

  static Officer officer(AgencyType agency, String jurisdiction) {
    return new Officer(
        "someone", agency, agency.unitIn(jurisdiction), jurisdiction, Set.of("OFFICER"));
  }

  static Officer head(AgencyType agency, String jurisdiction) {
    return new Officer(
        "someone",
        agency,
        agency.unitIn(jurisdiction),
        jurisdiction,
        Set.of("OFFICER", Officer.HEAD));
  }

  static Pilot nominated() {
    return new Pilot(
        UUID.randomUUID(),
        PilotKind.UNIT,
        "上海某公司",
        "310117",
        Industry.AUTOMOTIVE,
        "91310117MA1J3XXX0Q",
        null,
        "someone",
        T);
  }

  @Test
  void walksTheLifecycleRecordingEachStep() {
    Pilot pilot = nominated();

    PilotTransition cultivation = pilot.startCultivation(SONGJIANG, "one enterprise one policy", T);
    PilotTransition designation =
        pilot.designate(PilotLevel.MUNICIPAL, MUNICIPAL, "decision 7", T.plusSeconds(1));
    PilotTransition downgrade = pilot.downgrade(2026, MUNICIPAL, "items undone", T.plusSeconds(2));
    PilotTransition revocation = pilot.revoke(2027, SONGJIANG, "leak", T.plusSeconds(3));

    assertThat(cultivation.getFromStatus()).isEqualTo(PilotStatus.NOMINATED);
    assertThat(cultivation.getToStatus()).isEqualTo(PilotStatus.CULTIVATING);
    assertThat(designation.getToLevel()).isEqualTo(PilotLevel.MUNICIPAL);
    assertThat(pilot.getDesignatedAt()).isEqualTo(T.plusSeconds(1));
    assertThat(downgrade.getFromLevel()).isEqualTo(PilotLevel.MUNICIPAL);
    assertThat(downgrade.getToLevel()).isEqualTo(PilotLevel.DISTRICT);
    assertThat(downgrade.getReviewYear()).isEqualTo(2026);
    assertThat(revocation.getToStatus()).isEqualTo(PilotStatus.REVOKED);
    assertThat(revocation.getReason()).isEqualTo("leak");
    assertThat(pilot.getStatus()).isEqualTo(PilotStatus.REVOKED);
  }

  @Test
  void designationNeedsCultivationFirst() {
    Pilot pilot = nominated();

    assertThatThrownBy(() -> pilot.designate(PilotLevel.DISTRICT, SONGJIANG, null, T))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("NOMINATED");
    assertThat(pilot.getStatus()).isEqualTo(PilotStatus.NOMINATED);
  }

  @Test
  void districtLevelIsNotDowngradedOnlyRevoked() {
    Pilot pilot = nominated();
    pilot.startCultivation(SONGJIANG, null, T);
    pilot.designate(PilotLevel.DISTRICT, SONGJIANG, null, T);

    assertThatThrownBy(() -> pilot.downgrade(2026, SONGJIANG, "x", T))
        .isInstanceOf(IllegalTransitionException.class);
    assertThat(pilot.getLevel()).isEqualTo(PilotLevel.DISTRICT);
  }

  @Test
  void withdrawnIsFinal() {
    Pilot pilot = nominated();
    pilot.withdraw(SONGJIANG, "moved", T);

    assertThatThrownBy(() -> pilot.startCultivation(SONGJIANG, null, T))
        .isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> pilot.withdraw(SONGJIANG, "again", T))
        .isInstanceOf(IllegalTransitionException.class);
  }

  @ParameterizedTest
  @EnumSource(PilotAction.class)
  void noActionLeavesAFinalStatus(PilotAction action) {
    assertThat(action.allowedFrom(PilotStatus.WITHDRAWN)).isFalse();
    assertThat(action.allowedFrom(PilotStatus.REVOKED)).isFalse();
  }

  @Test
  void eachLevelIsApprovedByAHeadOfItsBureau() {
    Officer songjiangHead = head(AgencyType.MARKET_REGULATION, "310117");
    Officer municipalHead = head(AgencyType.MARKET_REGULATION, "310000");
    assertThat(PilotAuthority.approvesAtLevel(songjiangHead, "310117", PilotLevel.DISTRICT))
        .isTrue();
    assertThat(PilotAuthority.approvesAtLevel(songjiangHead, "310117", PilotLevel.MUNICIPAL))
        .isFalse();
    assertThat(PilotAuthority.approvesAtLevel(songjiangHead, "310104", PilotLevel.DISTRICT))
        .isFalse();
    assertThat(PilotAuthority.approvesAtLevel(municipalHead, "310117", PilotLevel.MUNICIPAL))
        .isTrue();
    assertThat(PilotAuthority.approvesAtLevel(municipalHead, "310117", PilotLevel.DISTRICT))
        .isFalse();
    assertThat(
            PilotAuthority.approvesAtLevel(
                head(AgencyType.POLICE, "310000"), "310117", PilotLevel.MUNICIPAL))
        .isFalse();
    assertThat(
            PilotAuthority.approvesAtLevel(
                head(AgencyType.POLICE, "310117"), "310117", PilotLevel.DISTRICT))
        .isFalse();
    assertThat(PilotAuthority.manages(MUNICIPAL, "31LG00")).isTrue();
    assertThat(PilotAuthority.manages(officer(AgencyType.POLICE, "310117"), "310117")).isFalse();
  }

  @Test
  void anOfficerOfTheRightBureauWithoutTheHeadRoleApprovesNoLevel() {
    assertThat(PilotAuthority.approvesAtLevel(SONGJIANG, "310117", PilotLevel.DISTRICT)).isFalse();
    assertThat(PilotAuthority.approvesAtLevel(MUNICIPAL, "310117", PilotLevel.MUNICIPAL)).isFalse();
    assertThat(PilotAuthority.manages(SONGJIANG, "310117")).isTrue();
  }

  @Test
  void theRefusalNamesTheBureauWhoseHeadApproves() {
    assertThat(PilotAuthority.approverOf("310117", PilotLevel.DISTRICT))
        .isEqualTo(
            "a head (role HEAD) of the market-regulation bureau of district 310117 (MR-310117)");
    assertThat(PilotAuthority.approverOf("310117", PilotLevel.MUNICIPAL))
        .isEqualTo("a head (role HEAD) of the municipal market-regulation bureau (MR-310000)");
  }

  @Test
  void naturalKeyIsTheCreditCodePerKindElseDistrictKindAndName() {
    assertThat(Pilot.naturalKey(PilotKind.UNIT, "310117", "A", "91310117MA1J3XXX0Q"))
        .isEqualTo(Pilot.naturalKey(PilotKind.UNIT, "310104", "B", "91310117MA1J3XXX0Q"));
    assertThat(Pilot.naturalKey(PilotKind.PARK, "310117", " G60  Park ", null))
        .isEqualTo(Pilot.naturalKey(PilotKind.PARK, "310117", "g60 park", null))
        .isNotEqualTo(Pilot.naturalKey(PilotKind.PARK, "310104", "g60 park", null));
  }
}
