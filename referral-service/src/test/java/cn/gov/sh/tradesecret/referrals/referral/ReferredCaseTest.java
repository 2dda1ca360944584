package cn.gov.sh.tradesecret.referrals.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The referred case names the bureau and the procuratorate of its district. */
class ReferredCaseTest {

  static final Instant T = Instant.parse("2026-03-02T02:00:00Z");

  @Test
  void aProposalIsReferredByTheBureauOfTheCasesDistrictAndCopiesItsProcuratorate() {
    ReferredCase referred =
        ReferredCase.proposed(
            "C-1", "N-1", "310117", "Loss.", new Actor("songjiang-officer", "MR-310117"), T);

    assertThat(referred.referringUnit()).isEqualTo("MR-310117");
    assertThat(referred.procuratorateUnit()).isEqualTo("PROC-310117");
    assertThat(referred.proposedBy()).isEqualTo("songjiang-officer");
    assertThat(referred.proposedAt()).isEqualTo(T);
  }
}
