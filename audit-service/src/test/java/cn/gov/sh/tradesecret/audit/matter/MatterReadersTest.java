package cn.gov.sh.tradesecret.audit.matter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.sh.tradesecret.events.Topics;
import cn.gov.sh.tradesecret.events.reference.AgencyType;
import cn.gov.sh.tradesecret.support.domain.DomainException;
import cn.gov.sh.tradesecret.support.security.Officer;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MatterReadersTest {

  static final Officer SONGJIANG_BUREAU = officer(AgencyType.MARKET_REGULATION, "310117");
  static final Officer MUNICIPAL_BUREAU = officer(AgencyType.MARKET_REGULATION, "310000");
  static final Officer XUHUI_BUREAU = officer(AgencyType.MARKET_REGULATION, "310104");
  static final Officer SONGJIANG_POLICE = officer(AgencyType.POLICE, "310117");
  static final Officer SONGJIANG_PROCURATORATE = officer(AgencyType.PROCURATORATE, "310117");
  static final Officer SONGJIANG_COURT = officer(AgencyType.COURT, "310117");

  static Officer officer(AgencyType agency, String jurisdiction) {
    return new Officer(
        "someone", agency, agency.unitIn(jurisdiction), jurisdiction, Set.of("OFFICER"));
  }

  static MatterEvent event(String topic, String type, Set<String> addressedTo) {
    return new MatterEvent(
        1,
        "e",
        Instant.EPOCH,
        type,
        topic,
        "s",
        "310117",
        new EventDescriptions.Description(null, type),
        addressedTo,
        null,
        Set.of());
  }

  @Test
  void caseEventsAreTheDistrictsAndTheMunicipalBureausOnly() {
    MatterEvent filed = event(Topics.CASE_EVENTS, "CaseFiled", Set.of());

    assertThat(MatterReaders.maySee(SONGJIANG_BUREAU, filed)).isTrue();
    assertThat(MatterReaders.maySee(MUNICIPAL_BUREAU, filed)).isTrue();
    assertThat(MatterReaders.maySee(XUHUI_BUREAU, filed)).isFalse();
    assertThat(MatterReaders.maySee(SONGJIANG_POLICE, filed)).isFalse();
    assertThat(MatterReaders.maySee(SONGJIANG_PROCURATORATE, filed)).isFalse();
  }

  @Test
  void theProcuratorateSeesABreachedCaseDeadline() {
    MatterEvent breached = event(Topics.CASE_EVENTS, "CaseDeadlineBreached", Set.of());

    assertThat(MatterReaders.maySee(SONGJIANG_PROCURATORATE, breached)).isTrue();
    assertThat(MatterReaders.maySee(SONGJIANG_POLICE, breached)).isFalse();
  }

  @Test
  void aNoticeIsSeenByTheUnitItIsAddressedToWhereverItIs() {
    MatterEvent requested =
        event(Topics.REFERRAL_EVENTS, "ConfirmationRequested", Set.of("COURT-310117"));
    MatterEvent readByPolice =
        event(Topics.NOTIFICATION_EVENTS, "InboxEntryRead", Set.of("PSB-310117"));

    assertThat(MatterReaders.maySee(SONGJIANG_COURT, requested)).isTrue();
    assertThat(MatterReaders.maySee(SONGJIANG_POLICE, readByPolice)).isTrue();
    assertThat(MatterReaders.maySee(SONGJIANG_BUREAU, readByPolice)).isFalse();
    assertThat(
            MatterReaders.maySee(
                SONGJIANG_COURT, event(Topics.REFERRAL_EVENTS, "ReferralDeclined", Set.of())))
        .isFalse();
  }

  @Test
  void enterprisesAndOperatorsAreRefused() {
    assertThatThrownBy(() -> MatterReaders.requireReader(officer(AgencyType.ENTERPRISE, "310117")))
        .isInstanceOf(DomainException.class);
    assertThatThrownBy(() -> MatterReaders.requireReader(officer(AgencyType.PLATFORM, "310000")))
        .isInstanceOf(DomainException.class);
  }

  @Test
  void anEventWithoutALineIsNamedInWords() {
    assertThat(EventDescriptions.of("ReferralExplanationRequired", null).summary())
        .isEqualTo("Referral explanation required");
  }
}
