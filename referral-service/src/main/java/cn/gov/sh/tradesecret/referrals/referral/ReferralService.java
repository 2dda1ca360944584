package cn.gov.sh.tradesecret.referrals.referral;

import cn.gov.sh.tradesecret.events.reference.AgencyType;
import cn.gov.sh.tradesecret.events.reference.Districts;
import cn.gov.sh.tradesecret.events.referrals.ReferralProposed;
import cn.gov.sh.tradesecret.support.outbox.Outbox;
import cn.gov.sh.tradesecret.support.security.Officer;
import cn.gov.sh.tradesecret.support.web.ApiException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposes and shows referrals. Only the market-regulation bureau of a case's district (or the
 * municipal bureau) proposes one. A referral is seen by the referring side (its district bureau
 * and the municipal bureau) and by the procuratorate covering its district, which is copied on
 * every referral (State Council regulation on the transfer of suspected criminal cases, 2020
 * revision); the police see it once it is sent to them, which comes with that step.
 */
@Service
public class ReferralService {

  private final ReferralRepository referrals;
  private final Outbox outbox;
  private final Clock clock;

  ReferralService(ReferralRepository referrals, Outbox outbox, Clock clock) {
    this.referrals = referrals;
    this.outbox = outbox;
    this.clock = clock;
  }

  /** What a case team supplies to propose a referral. */
  public record Proposal(String caseId, String district, String reason) {}

  @Transactional
  public Referral propose(Proposal proposal, Officer officer) {
    if (!Districts.isKnown(proposal.district()) || Districts.MUNICIPAL.equals(proposal.district())) {
      throw ApiException.invalidField("district", "unknown district code " + proposal.district());
    }
    if (!officer.is(AgencyType.MARKET_REGULATION) || !officer.covers(proposal.district())) {
      throw ApiException.forbidden("only the market-regulation bureau of district " + proposal.district()
          + " or the municipal bureau proposes its referrals");
    }
    Referral referral = referrals.save(new Referral(UUID.randomUUID(), proposal.caseId(), proposal.district(),
        AgencyType.MARKET_REGULATION.unitIn(proposal.district()), proposal.reason(), officer.account(),
        clock.instant()));
    outbox.append(new ReferralProposed(referral.getId().toString(), referral.getCaseId(), referral.getDistrict(),
        referral.getReferringUnit(), referral.getProposedAt()));
    return referral;
  }

  /** A referral the officer may see; any other is "not found", so a foreign referral's existence is not revealed. */
  @Transactional(readOnly = true)
  public Referral find(UUID id, Officer officer) {
    return Optional.of(id).flatMap(referrals::findById)
        .filter(referral -> mayView(referral, officer))
        .orElseThrow(() -> ApiException.notFound("referral", id));
  }

  /** The referrals of the officer's jurisdiction, for the referring bureaus and the procuratorates only. */
  @Transactional(readOnly = true)
  public Page<Referral> list(Officer officer, Pageable pageable) {
    if (!mayList(officer)) {
      throw ApiException.forbidden("referrals are listed for the market-regulation bureaus and the procuratorates");
    }
    return officer.isMunicipal() ? referrals.findAll(pageable)
        : referrals.findByDistrict(officer.jurisdiction(), pageable);
  }

  private static boolean mayList(Officer officer) {
    return officer.is(AgencyType.MARKET_REGULATION) || officer.is(AgencyType.PROCURATORATE);
  }

  private static boolean mayView(Referral referral, Officer officer) {
    return mayList(officer) && officer.covers(referral.getDistrict());
  }
}
