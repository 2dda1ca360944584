package cn.gov.sh.tradesecret.referrals.referral;

import cn.gov.sh.tradesecret.support.domain.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Set;

/**
 * The police units a referral is addressed to: the unit of the same level and district it was
 * transferred to (art. 5 of the State Council regulation on the transfer of suspected criminal
 * cases, 2020 revision), or, once a unit that is not competent forwarded it (art. 7), the competent
 * one, with the forwarding unit kept so that it still sees the referral. None before the transfer.
 */
@Embeddable
class PoliceUnits {

  @Column(name = "police_unit")
  private String addressed;

  @Column(name = "forwarded_from")
  private String forwardedFrom;

  protected PoliceUnits() {}

  private PoliceUnits(String addressed, String forwardedFrom) {
    this.addressed = addressed;
    this.forwardedFrom = forwardedFrom;
  }

  /** No unit yet: the referral was not transferred. */
  static PoliceUnits none() {
    return new PoliceUnits();
  }

  /** Transferred to {@code unit} (art. 5, 6). */
  static PoliceUnits transferredTo(String unit) {
    return new PoliceUnits(unit, null);
  }

  /**
   * Forwarded by the unit addressed to the competent {@code unit} (art. 7); refused when it is the
   * unit the referral is already addressed to.
   */
  PoliceUnits forwardedTo(String unit) {
    if (unit.equals(addressed)) {
      throw DomainException.invalidField(
          "toPoliceUnit", "is the unit the referral is already addressed to");
    }
    return new PoliceUnits(unit, addressed);
  }

  /** The unit the referral is addressed to, null before the transfer. */
  String addressed() {
    return addressed;
  }

  /** The unit that forwarded the referral, null unless forwarded. */
  String forwardedFrom() {
    return forwardedFrom;
  }

  /**
   * The units that see the referral on the police side: the addressed one and the one that
   * forwarded it.
   */
  Set<String> all() {
    return forwardedFrom == null
        ? (addressed == null ? Set.of() : Set.of(addressed))
        : Set.of(addressed, forwardedFrom);
  }
}
