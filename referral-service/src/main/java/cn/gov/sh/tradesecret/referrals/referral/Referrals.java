package cn.gov.sh.tradesecret.referrals.referral;

import cn.gov.sh.tradesecret.events.reference.AgencyType;
import cn.gov.sh.tradesecret.support.domain.DomainException;
import cn.gov.sh.tradesecret.support.security.Officer;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who sees a referral, and what they read of it: the market-regulation bureaus covering its
 * district (the referring bureau, the municipal bureau), the procuratorate covering it (copied on
 * every referral under the State Council regulation on the transfer of suspected criminal cases,
 * 2020 revision), and the police units it was addressed or forwarded to. Anyone else is told "not
 * found", so a foreign referral's existence is not revealed.
 */
@Service
public class Referrals {

  private final ReferralRepository referrals;

  Referrals(ReferralRepository referrals) {
    this.referrals = referrals;
  }

  /** A referral the officer may see; any other is "not found". */
  @Transactional(readOnly = true)
  public Referral find(UUID id, Officer officer) {
    Referral referral = visible(id, officer);
    referral.getHistory().size(); // the history is read outside this transaction
    return referral;
  }

  /**
   * The referrals an officer sees: a bureau or procuratorate those of its jurisdiction (municipal:
   * all), a police unit those addressed or forwarded to it; refused to everyone else.
   */
  @Transactional(readOnly = true)
  public Page<Referral> list(Officer officer, Pageable pageable) {
    return list(officer, null, pageable);
  }

  /** As {@link #list(Officer, Pageable)}, only those of case {@code caseId} when it is given. */
  @Transactional(readOnly = true)
  public Page<Referral> list(Officer officer, String caseId, Pageable pageable) {
    if (caseId != null) {
      Officer.require(
          officer.is(AgencyType.POLICE)
              || officer.is(AgencyType.MARKET_REGULATION)
              || officer.is(AgencyType.PROCURATORATE),
          "referrals are listed for the bureaus, the police and the procuratorates");
      List<Referral> ofCase =
          referrals.findByCaseIdOrderByProposedAtDesc(caseId).stream()
              .filter(referral -> mayView(referral, officer))
              .toList();
      return new PageImpl<>(ofCase, pageable, ofCase.size());
    }
    if (officer.is(AgencyType.POLICE)) {
      return referrals.findByPoliceUnit(officer.unit(), pageable);
    }
    Officer.require(
        officer.is(AgencyType.MARKET_REGULATION) || officer.is(AgencyType.PROCURATORATE),
        "referrals are listed for the bureaus, the police and the procuratorates");
    return officer.isMunicipal()
        ? referrals.findAll(pageable)
        : referrals.findByDistrict(officer.jurisdiction(), pageable);
  }

  /**
   * The status of the case's latest referral, if it has one: the case watch asks whether the police
   * decided.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public Optional<ReferralStatus> latestStatusOfCase(String caseId) {
    return referrals.findByCaseIdOrderByProposedAtDesc(caseId).stream()
        .findFirst()
        .map(Referral::getStatus);
  }

  /** Whether any referral of the case was accepted or declined by the police. */
  @Transactional(propagation = Propagation.MANDATORY)
  public boolean decidedByPolice(String caseId) {
    return referrals.findByCaseIdOrderByProposedAtDesc(caseId).stream()
        .anyMatch(referral -> referral.getStatus().isDecidedByPolice());
  }

  /** The case's referral in progress (neither rejected nor declined), if any. */
  Optional<Referral> inProgress(String caseId) {
    return referrals.findByCaseIdOrderByProposedAtDesc(caseId).stream()
        .filter(
            referral ->
                referral.getStatus() != ReferralStatus.REJECTED
                    && !referral.getStatus().isDeclined())
        .findFirst();
  }

  Referral visible(UUID id, Officer officer) {
    return referrals
        .findById(id)
        .filter(referral -> mayView(referral, officer))
        .orElseThrow(() -> DomainException.notFound("referral", id));
  }

  private static boolean mayView(Referral referral, Officer officer) {
    if (officer.is(AgencyType.MARKET_REGULATION) || officer.is(AgencyType.PROCURATORATE)) {
      return officer.covers(referral.getDistrict());
    }
    return officer.is(AgencyType.POLICE) && referral.policeUnits().contains(officer.unit());
  }
}
