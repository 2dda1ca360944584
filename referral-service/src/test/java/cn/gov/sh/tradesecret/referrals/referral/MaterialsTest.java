package cn.gov.sh.tradesecret.referrals.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The transferred materials: what the referral keeps and what a decline returns. */
class MaterialsTest {

  static final List<Material> TRANSFERRED =
      List.of(
          new Material(MaterialKind.TRANSFER_LETTER, "letter", "ab".repeat(32)),
          new Material(MaterialKind.INVESTIGATION_REPORT, "report", "cd".repeat(32)));

  @Test
  void noMaterialsBeforeTheTransfer() {
    assertThat(Materials.none().recorded()).isEmpty();
    assertThat(Materials.none().returned()).isEmpty();
  }

  @Test
  void theTransferIsRecordedKindTitleAndFingerprintInItsOrder() {
    assertThat(Materials.transferred(TRANSFERRED).recorded())
        .containsExactly(
            "TRANSFER_LETTER:letter:" + "ab".repeat(32),
            "INVESTIGATION_REPORT:report:" + "cd".repeat(32));
  }

  @Test
  void aDeclineReturnsEveryTransferredMaterial() {
    assertThat(Materials.transferred(TRANSFERRED).returned())
        .containsExactly(
            "returned TRANSFER_LETTER:letter:" + "ab".repeat(32),
            "returned INVESTIGATION_REPORT:report:" + "cd".repeat(32));
  }
}
