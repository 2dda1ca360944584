package cn.gov.sh.tradesecret.notifications.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sh.tradesecret.events.EventEnvelope;
import cn.gov.sh.tradesecret.events.EventPayload;
import cn.gov.sh.tradesecret.events.reference.AgencyUnit;
import cn.gov.sh.tradesecret.testsupport.TestClock;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MandatoryNoticesTest {

  /**
   * A referral transferred to a police unit, copied to the procuratorate, as producers will publish
   * it.
   */
  record Transferred(String referralId, String district, Set<String> addressedUnits)
      implements EventPayload {
    @Override
    public String aggregateId() {
      return referralId;
    }
  }

  static EventEnvelope<EventPayload> envelope(String type, EventPayload data) {
    return new EventEnvelope<>(
        "1.0",
        "2b8f0c1e-1d0a-4a47-9a55-0d6d1f7a8a01",
        "/referral-service",
        type,
        data.aggregateId(),
        TestClock.suiteStart(),
        "application/json",
        1,
        "corr",
        data.district(),
        data);
  }

  static AgencyUnit unit(String id) {
    return AgencyUnit.parse(id).orElseThrow();
  }

  @Test
  void theUnitsAnEventIsAddressedToAreToldWhateverTheirSubscriptions() {
    var event =
        envelope(
            "ReferralAccepted",
            new Transferred("R-1", "310117", Set.of("PSB-310117", "PROC-310117", "nonsense")));

    assertThat(MandatoryNotices.recipients(event))
        .containsExactlyInAnyOrder("PSB-310117", "PROC-310117");
  }

  @Test
  void anAddressedUnitMaySeeWhatItsAgencyOtherwiseMayNot() {
    var toCourt =
        envelope("ConfirmationGranted", new Transferred("C-1", "310117", Set.of("COURT-310117")));

    assertThat(Visibility.maySee(unit("COURT-310117"), toCourt)).isTrue();
    assertThat(Visibility.maySee(unit("COURT-310104"), toCourt)).isFalse();
  }

  @Test
  void everyDeadlineBreachGoesToTheProcuratoratesOfItsJurisdiction() {
    var breach = envelope("DeadlineBreached", new Transferred("R-2", "310104", Set.of()));

    assertThat(MandatoryNotices.recipients(breach))
        .containsExactlyInAnyOrder("PROC-310104", "PROC-310000");
    assertThat(Visibility.maySee(unit("PROC-310104"), breach)).isTrue();
  }

  @Test
  void policeDoNotSeeCaseEventsNorAnotherDistrictsReferrals() {
    var lead = envelope("LeadRegistered", new Transferred("L-1", "310117", Set.of()));
    var referral = envelope("ReferralProposed", new Transferred("R-3", "310117", Set.of()));

    assertThat(Visibility.maySee(unit("PSB-310117"), lead)).isFalse();
    assertThat(Visibility.maySee(unit("PSB-310117"), referral)).isTrue();
    assertThat(Visibility.maySee(unit("PSB-310104"), referral)).isFalse();
    assertThat(MandatoryNotices.recipients(referral)).isEmpty();
  }

  @Test
  void theCatalogueSaysWhoReceivesABreachedReferralDeadlineByLaw() {
    assertThat(
            MandatoryNotices.describe(
                "ReferralDeadlineBreached",
                "referral-events",
                java.util.Map.of("responsibleUnit", "the unit whose clock ran out")))
        .containsExactly(
            "the unit in responsibleUnit (the unit whose clock ran out)",
            "the municipal procuratorate and the procuratorate of the event's district (a legal"
                + " deadline breached)",
            "the procuratorate of the referral's district and the municipal procuratorate (copied"
                + " on every referral event, per the State Council regulation on the transfer of"
                + " suspected criminal cases)");
  }

  @Test
  void theCatalogueSaysAnUnaddressedCaseEventHasNoMandatoryRecipient() {
    assertThat(MandatoryNotices.describe("LeadRegistered", "case-events", java.util.Map.of()))
        .isEmpty();
  }
}
