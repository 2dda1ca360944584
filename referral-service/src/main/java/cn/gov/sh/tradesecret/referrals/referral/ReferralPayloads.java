package cn.gov.sh.tradesecret.referrals.referral;

import cn.gov.sh.tradesecret.events.referrals.ReferralAccepted;
import cn.gov.sh.tradesecret.events.referrals.ReferralApproved;
import cn.gov.sh.tradesecret.events.referrals.ReferralDeclined;
import cn.gov.sh.tradesecret.events.referrals.ReferralExplanationGiven;
import cn.gov.sh.tradesecret.events.referrals.ReferralExplanationRequired;
import cn.gov.sh.tradesecret.events.referrals.ReferralFilingOrdered;
import cn.gov.sh.tradesecret.events.referrals.ReferralForwarded;
import cn.gov.sh.tradesecret.events.referrals.ReferralItemsHandedOver;
import cn.gov.sh.tradesecret.events.referrals.ReferralProposed;
import cn.gov.sh.tradesecret.events.referrals.ReferralReceipted;
import cn.gov.sh.tradesecret.events.referrals.ReferralReconsiderationDecided;
import cn.gov.sh.tradesecret.events.referrals.ReferralReconsiderationRequested;
import cn.gov.sh.tradesecret.events.referrals.ReferralRejected;
import cn.gov.sh.tradesecret.events.referrals.ReferralSupervisionClosed;
import cn.gov.sh.tradesecret.events.referrals.ReferralSupervisionRequested;
import cn.gov.sh.tradesecret.events.referrals.ReferralTransferred;
import java.time.Instant;
import java.util.List;

/**
 * The events a {@link Referral}'s transitions cause, built in this one place from the referral as
 * the transition left it. Their fields are the published contract other agencies read: only
 * event-contracts changes them.
 */
final class ReferralPayloads {

  private ReferralPayloads() {}

  static ReferralProposed proposed(Referral r) {
    return new ReferralProposed(
        id(r), r.getCaseId(), r.getDistrict(), r.getReferringUnit(), r.getProposedAt());
  }

  static ReferralApproved approved(Referral r, Actor head, Instant at) {
    return new ReferralApproved(
        id(r), r.getCaseId(), r.getDistrict(), r.getReferringUnit(), head.account(), at);
  }

  static ReferralRejected rejected(Referral r, Actor head, Instant at, String reasons) {
    return new ReferralRejected(
        id(r), r.getCaseId(), r.getDistrict(), r.getReferringUnit(), reasons, head.account(), at);
  }

  static ReferralTransferred transferred(
      Referral r, Actor officer, Instant at, List<Material> materials) {
    return new ReferralTransferred(
        id(r),
        r.getCaseId(),
        r.getDistrict(),
        r.getReferringUnit(),
        r.getPoliceUnit(),
        r.getProcuratorateUnit(),
        materials.stream().map(Material::fingerprint).toList(),
        officer.account(),
        at);
  }

  static ReferralReceipted receipted(Referral r, Actor police, Instant at) {
    return new ReferralReceipted(
        id(r),
        r.getCaseId(),
        r.getDistrict(),
        r.getReferringUnit(),
        r.getPoliceUnit(),
        police.account(),
        at);
  }

  static ReferralForwarded forwarded(Referral r, Instant at, String reasons) {
    return new ReferralForwarded(
        id(r),
        r.getCaseId(),
        r.getDistrict(),
        r.getReferringUnit(),
        r.getForwardedFrom(),
        r.getPoliceUnit(),
        reasons,
        at);
  }

  static ReferralAccepted accepted(Referral r, Instant at) {
    return new ReferralAccepted(
        id(r), r.getCaseId(), r.getDistrict(), r.getReferringUnit(), r.getPoliceUnit(), at);
  }

  static ReferralDeclined declined(Referral r, Instant at, String reasons) {
    return new ReferralDeclined(
        id(r),
        r.getCaseId(),
        r.getDistrict(),
        r.getReferringUnit(),
        r.getPoliceUnit(),
        reasons,
        at);
  }

  static ReferralReconsiderationRequested reconsiderationRequested(
      Referral r, Actor officer, Instant at, String reasons) {
    return new ReferralReconsiderationRequested(
        id(r),
        r.getCaseId(),
        r.getDistrict(),
        r.getReferringUnit(),
        r.getPoliceUnit(),
        reasons,
        officer.account(),
        at);
  }

  static ReferralReconsiderationDecided reconsiderationDecided(
      Referral r, Instant at, boolean accepted, String reasons) {
    return new ReferralReconsiderationDecided(
        id(r),
        r.getCaseId(),
        r.getDistrict(),
        r.getReferringUnit(),
        r.getPoliceUnit(),
        accepted ? "ACCEPTED" : "DECLINE_UPHELD",
        reasons,
        at);
  }

  static ReferralSupervisionRequested supervisionRequested(
      Referral r, Actor officer, Instant at, String reasons) {
    return new ReferralSupervisionRequested(
        id(r),
        r.getCaseId(),
        r.getDistrict(),
        r.getReferringUnit(),
        r.getPoliceUnit(),
        r.getProcuratorateUnit(),
        reasons,
        officer.account(),
        at);
  }

  static ReferralExplanationRequired explanationRequired(
      Referral r, Actor procurator, Instant at, String reasons) {
    return new ReferralExplanationRequired(
        id(r),
        r.getCaseId(),
        r.getDistrict(),
        r.getPoliceUnit(),
        r.getProcuratorateUnit(),
        reasons,
        procurator.account(),
        at);
  }

  static ReferralExplanationGiven explanationGiven(
      Referral r, Actor police, Instant at, String explanation) {
    return new ReferralExplanationGiven(
        id(r),
        r.getCaseId(),
        r.getDistrict(),
        r.getPoliceUnit(),
        r.getProcuratorateUnit(),
        explanation,
        police.account(),
        at);
  }

  static ReferralFilingOrdered filingOrdered(
      Referral r, Actor procurator, Instant at, String reasons) {
    return new ReferralFilingOrdered(
        id(r),
        r.getCaseId(),
        r.getDistrict(),
        r.getPoliceUnit(),
        r.getProcuratorateUnit(),
        reasons,
        procurator.account(),
        at);
  }

  static ReferralSupervisionClosed supervisionClosed(
      Referral r, Actor procurator, Instant at, String conclusion) {
    return new ReferralSupervisionClosed(
        id(r),
        r.getCaseId(),
        r.getDistrict(),
        r.getReferringUnit(),
        r.getProcuratorateUnit(),
        conclusion,
        procurator.account(),
        at);
  }

  static ReferralItemsHandedOver itemsHandedOver(
      Referral r, Actor officer, Instant at, List<String> items) {
    return new ReferralItemsHandedOver(
        id(r),
        r.getCaseId(),
        r.getDistrict(),
        r.getReferringUnit(),
        r.getPoliceUnit(),
        List.copyOf(items),
        officer.account(),
        at);
  }

  private static String id(Referral referral) {
    return referral.getId().toString();
  }
}
