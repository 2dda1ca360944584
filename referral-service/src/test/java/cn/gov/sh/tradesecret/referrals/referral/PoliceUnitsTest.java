package cn.gov.sh.tradesecret.referrals.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.sh.tradesecret.support.domain.DomainException;
import org.junit.jupiter.api.Test;

/** The police units that see a referral: the one addressed and the one that forwarded it. */
class PoliceUnitsTest {

  @Test
  void noUnitSeesAReferralBeforeItsTransfer() {
    assertThat(PoliceUnits.none().all()).isEmpty();
    assertThat(PoliceUnits.none().addressed()).isNull();
  }

  @Test
  void aTransferIsSeenByTheUnitAddressed() {
    PoliceUnits units = PoliceUnits.transferredTo("PSB-310117");

    assertThat(units.addressed()).isEqualTo("PSB-310117");
    assertThat(units.forwardedFrom()).isNull();
    assertThat(units.all()).containsExactly("PSB-310117");
  }

  @Test
  void forwardingAddressesTheCompetentUnitAndKeepsTheForwardingOne() {
    PoliceUnits units = PoliceUnits.transferredTo("PSB-310117").forwardedTo("PSB-310104");

    assertThat(units.addressed()).isEqualTo("PSB-310104");
    assertThat(units.forwardedFrom()).isEqualTo("PSB-310117");
    assertThat(units.all()).containsExactlyInAnyOrder("PSB-310104", "PSB-310117");
  }

  @Test
  void forwardingToTheUnitAlreadyAddressedIsRefused() {
    PoliceUnits units = PoliceUnits.transferredTo("PSB-310117");

    assertThatThrownBy(() -> units.forwardedTo("PSB-310117"))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("already addressed");
    assertThat(units.addressed()).isEqualTo("PSB-310117");
  }
}
