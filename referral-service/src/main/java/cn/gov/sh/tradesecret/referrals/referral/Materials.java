package cn.gov.sh.tradesecret.referrals.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.List;

/**
 * The materials transferred with a referral (art. 6 of the State Council regulation on the transfer
 * of suspected criminal cases, 2020 revision), kept one {@code KIND:title:sha256} per line; the
 * police return them when they decline (art. 8). None before the transfer.
 */
@Embeddable
class Materials {

  /** The transferred materials, one {@code KIND:title:sha256} per line. */
  @Column(name = "materials")
  private String recorded;

  protected Materials() {}

  private Materials(String recorded) {
    this.recorded = recorded;
  }

  /** None yet: the referral was not transferred. */
  static Materials none() {
    return new Materials();
  }

  /** The materials of the transfer, as the referral keeps them. */
  static Materials transferred(List<Material> materials) {
    return new Materials(String.join("\n", materials.stream().map(Material::recorded).toList()));
  }

  /** What was transferred, {@code KIND:title:sha256} each. */
  List<String> recorded() {
    return recorded == null ? List.of() : Arrays.asList(recorded.split("\n"));
  }

  /** What the police return when they decline (art. 8): {@code returned KIND:title:sha256} each. */
  List<String> returned() {
    return recorded().stream().map(material -> "returned " + material).toList();
  }
}
