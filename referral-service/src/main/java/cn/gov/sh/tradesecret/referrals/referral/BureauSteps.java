package cn.gov.sh.tradesecret.referrals.referral;

import cn.gov.sh.tradesecret.events.reference.Districts;
import cn.gov.sh.tradesecret.referrals.deadline.DeadlineClock;
import cn.gov.sh.tradesecret.support.domain.DomainException;
import cn.gov.sh.tradesecret.support.domain.DomainException.FieldProblem;
import cn.gov.sh.tradesecret.support.security.Officer;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps the market-regulation bureau takes in the referral procedure of the State Council
 * regulation on the transfer of suspected criminal cases by administrative law-enforcement agencies
 * (2020 revision): it proposes, its head approves or rejects, it transfers, asks for
 * reconsideration or supervision after a decline (art. 9), and hands over the items after the
 * filing.
 */
@Service
public class BureauSteps {

  /** Problem type of a proposal for a case that has a referral in progress. */
  public static final String ALREADY_OPEN = "referral-already-open";

  private static final Logger log = LoggerFactory.getLogger(BureauSteps.class);

  private final Procedure procedure;
  private final Referrals referrals;
  private final Clock clock;

  BureauSteps(Procedure procedure, Referrals referrals, Clock clock) {
    this.procedure = procedure;
    this.referrals = referrals;
    this.clock = clock;
  }

  /** What a case team supplies to propose a referral. */
  public record Proposal(String caseId, String district, String reason) {}

  /**
   * Step 1: a case team proposes a referral through the API; the head decides within 3 days (art.
   * 5).
   */
  @Transactional
  public Referral propose(Proposal proposal, Officer officer) {
    if (!Districts.isKnown(proposal.district())
        || Districts.MUNICIPAL.equals(proposal.district())) {
      throw DomainException.invalidField(
          "district", "unknown district code " + proposal.district());
    }
    Referral referral =
        new Referral(
            UUID.randomUUID(),
            proposal.caseId(),
            null,
            proposal.district(),
            proposal.reason(),
            new Actor(officer.account(), officer.unit()),
            clock.instant());
    ProcedureStep.PROPOSE.requireTaker(referral, officer);
    if (referrals.inProgress(proposal.caseId()).isPresent()) {
      throw DomainException.conflict(
          ALREADY_OPEN, "case " + proposal.caseId() + " has a referral in progress");
    }
    return procedure.open(referral);
  }

  /**
   * Step 1, from case-service's CaseReferralProposed: opens the referral unless the case already
   * has one in progress (a repeated proposal is then ignored). Runs in the event's transaction.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public Optional<Referral> proposeFromCase(
      String caseId,
      String caseNumber,
      String district,
      String owningUnit,
      String grounds,
      String proposedBy,
      Instant proposedAt) {
    if (!Districts.isKnown(district) || Districts.MUNICIPAL.equals(district)) {
      throw new IllegalArgumentException("referral proposed for unknown district " + district);
    }
    if (referrals.inProgress(caseId).isPresent()) {
      log.info("Case {} already has a referral in progress; proposal ignored", caseId);
      return Optional.empty();
    }
    return Optional.of(
        procedure.open(
            new Referral(
                UUID.randomUUID(),
                caseId,
                caseNumber,
                district,
                grounds,
                new Actor(proposedBy, owningUnit),
                proposedAt)));
  }

  /**
   * Step 1: the head of the referring bureau approves; the referral must be transferred within 24
   * hours (art. 5).
   */
  @Transactional
  public Referral approve(UUID id, Officer officer) {
    return procedure.take(ProcedureStep.APPROVE, id, officer, Referral::approve);
  }

  /** Step 1: the head rejects, the reasons on record (art. 5). */
  @Transactional
  public Referral reject(UUID id, String reasons, Officer officer) {
    return procedure.take(
        ProcedureStep.REJECT,
        id,
        officer,
        (referral, head, at) -> referral.reject(head, at, reasons));
  }

  /**
   * Step 2: the referring bureau transfers the approved referral to the police of the same level
   * and district with the five materials (art. 6), none missing; the procuratorate is copied.
   */
  @Transactional
  public Referral transfer(UUID id, List<Material> materials, Officer officer) {
    return procedure.take(
        ProcedureStep.TRANSFER_TO_POLICE,
        id,
        officer,
        (referral, bureau, at) -> {
          requireAllMaterials(materials);
          referral.transfer(bureau, at, materials);
        });
  }

  /**
   * Step 5: within 3 days of the decline the bureau asks the police to reconsider (art. 9); later
   * it is refused.
   */
  @Transactional
  public Referral requestReconsideration(UUID id, String reasons, Officer officer) {
    return procedure.take(
        ProcedureStep.REQUEST_RECONSIDERATION,
        id,
        officer,
        (referral, bureau, at) -> {
          if (referral.getStatus() == ReferralStatus.DECLINED) {
            procedure.requireOpen(
                DeadlineClock.RECONSIDERATION_REQUEST,
                referral.getDeclinedAt(),
                "reconsideration is requested within 3 days of the decline");
          }
          referral.requestReconsideration(bureau, at, reasons);
        });
  }

  /**
   * Step 5: the bureau asks the procuratorate to supervise, within 3 days of the decline, or of the
   * reconsideration decision when it still disagrees (art. 9); later it is refused.
   */
  @Transactional
  public Referral requestSupervision(UUID id, String reasons, Officer officer) {
    return procedure.take(
        ProcedureStep.REQUEST_SUPERVISION,
        id,
        officer,
        (referral, bureau, at) -> {
          Instant trigger =
              referral.getStatus() == ReferralStatus.DECLINE_UPHELD
                  ? referral.getReconsiderationDecidedAt()
                  : referral.getDeclinedAt();
          if (trigger != null && referral.getStatus().isDeclined()) {
            procedure.requireOpen(
                DeadlineClock.SUPERVISION_REQUEST,
                trigger,
                "supervision is requested within 3 days of the decline or of the reconsideration decision");
          }
          referral.requestSupervision(bureau, at, reasons);
        });
  }

  /** Step 7: the bureau hands over the items involved within 3 days of the filing notice. */
  @Transactional
  public Referral handOverItems(UUID id, List<String> items, Officer officer) {
    return procedure.take(
        ProcedureStep.HAND_OVER_ITEMS,
        id,
        officer,
        (referral, bureau, at) -> referral.handOverItems(bureau, at, items));
  }

  /** A referral is transferred with all five materials of art. 6; each missing kind is named. */
  private static void requireAllMaterials(List<Material> materials) {
    Set<MaterialKind> provided = materials.stream().map(Material::kind).collect(Collectors.toSet());
    List<FieldProblem> missing =
        Arrays.stream(MaterialKind.values())
            .filter(kind -> !provided.contains(kind))
            .map(kind -> new FieldProblem("materials", kind + " is missing"))
            .toList();
    if (!missing.isEmpty()) {
      throw DomainException.unprocessable(
          "referral-materials-missing",
          "Materials missing",
          "a referral is transferred with all five materials; missing: "
              + missing.stream().map(FieldProblem::message).collect(Collectors.joining(", ")),
          missing);
    }
  }
}
