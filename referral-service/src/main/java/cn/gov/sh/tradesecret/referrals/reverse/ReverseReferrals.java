package cn.gov.sh.tradesecret.referrals.reverse;

import cn.gov.sh.tradesecret.events.reference.AgencyType;
import cn.gov.sh.tradesecret.events.reference.Districts;
import cn.gov.sh.tradesecret.support.domain.DomainException;
import cn.gov.sh.tradesecret.support.security.Officer;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reverse referrals. Only the police submit them, for a district their jurisdiction covers; the
 * submitting police unit, the market-regulation bureaus and the procuratorates covering the
 * district see them; anyone else is told "not found".
 */
@Service
public class ReverseReferrals {

  private final ReverseReferralRepository reverseReferrals;
  private final Clock clock;

  ReverseReferrals(ReverseReferralRepository reverseReferrals, Clock clock) {
    this.reverseReferrals = reverseReferrals;
    this.clock = clock;
  }

  /** What the police submit. */
  public record Submission(
      String district,
      String originalCaseId,
      ReverseReferral.Ground ground,
      String rightsHolder,
      List<String> suspects,
      String summary) {}

  @Transactional
  public ReverseReferral submit(Submission submission, Officer officer) {
    if (!Districts.isKnown(submission.district())
        || Districts.MUNICIPAL.equals(submission.district())) {
      throw DomainException.invalidField(
          "district", "unknown district code " + submission.district());
    }
    Officer.require(
        officer.actsFor(AgencyType.POLICE, submission.district()),
        "only the police of district "
            + submission.district()
            + " or the municipal bureau refer matters back to it");
    return reverseReferrals.save(
        new ReverseReferral(
            submission.originalCaseId(),
            submission.district(),
            AgencyType.MARKET_REGULATION.unitIn(submission.district()),
            officer.unit(),
            submission.ground(),
            submission.rightsHolder(),
            String.join(", ", submission.suspects()),
            submission.summary(),
            officer.account(),
            clock.instant()));
  }

  @Transactional(readOnly = true)
  public ReverseReferral find(UUID id, Officer officer) {
    return reverseReferrals
        .findById(id)
        .filter(
            reverse ->
                officer.is(AgencyType.POLICE)
                    ? officer.unit().equals(reverse.getPoliceUnit())
                    : (officer.is(AgencyType.MARKET_REGULATION)
                            || officer.is(AgencyType.PROCURATORATE))
                        && officer.covers(reverse.getDistrict()))
        .orElseThrow(() -> DomainException.notFound("reverse referral", id));
  }

  @Transactional(readOnly = true)
  public Page<ReverseReferral> list(Officer officer, Pageable pageable) {
    if (officer.is(AgencyType.POLICE)) {
      return reverseReferrals.findByPoliceUnit(officer.unit(), pageable);
    }
    if (!officer.is(AgencyType.MARKET_REGULATION) && !officer.is(AgencyType.PROCURATORATE)) {
      throw DomainException.forbidden(
          "reverse referrals are listed for the police, the bureaus and the procuratorates");
    }
    return officer.isMunicipal()
        ? reverseReferrals.findAll(pageable)
        : reverseReferrals.findByDistrict(officer.jurisdiction(), pageable);
  }
}
