package cn.gov.sh.tradesecret.referrals.referral;

import cn.gov.sh.tradesecret.events.reference.AgencyType;
import cn.gov.sh.tradesecret.events.reference.AgencyUnit;
import cn.gov.sh.tradesecret.events.reference.Districts;
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
import cn.gov.sh.tradesecret.referrals.deadline.DeadlineClock;
import cn.gov.sh.tradesecret.referrals.deadline.Deadlines;
import cn.gov.sh.tradesecret.support.outbox.Outbox;
import cn.gov.sh.tradesecret.support.security.Officer;
import cn.gov.sh.tradesecret.support.domain.DomainException;
import cn.gov.sh.tradesecret.support.domain.DomainException.FieldProblem;
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
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The referral procedure of the State Council regulation on the transfer of suspected criminal
 * cases by administrative law-enforcement agencies (2020 revision), step by step: each step checks
 * who may take it, lets the {@link Referral} check the order, starts and stops the clocks of the
 * step and publishes its event through the outbox, all in one transaction.
 *
 * <p>Who sees a referral: the market-regulation bureaus covering its district (the referring
 * bureau, the municipal bureau), the procuratorate covering it (copied on every referral), and the
 * police units it was addressed or forwarded to. Anyone else is told "not found", so a foreign
 * referral's existence is not revealed; one who sees it but may not take the step is refused (403).
 */
@Service
public class ReferralService {

  /** Problem type of a step taken after the window the law gives for it closed. */
  public static final String DEADLINE_PASSED = "referral-deadline-passed";
  /** Problem type of a proposal for a case that has a referral in progress. */
  public static final String ALREADY_OPEN = "referral-already-open";

  private static final Logger log = LoggerFactory.getLogger(ReferralService.class);
  private static final String PROCURATOR = "PROCURATOR";

  private final ReferralRepository referrals;
  private final Outbox outbox;
  private final Deadlines deadlines;
  private final Clock clock;

  ReferralService(ReferralRepository referrals, Outbox outbox, Deadlines deadlines, Clock clock) {
    this.referrals = referrals;
    this.outbox = outbox;
    this.deadlines = deadlines;
    this.clock = clock;
  }

  /** What a case team supplies to propose a referral. */
  public record Proposal(String caseId, String district, String reason) {}

  /** One transferred material: its kind, title and SHA-256 fingerprint. */
  public record Material(MaterialKind kind, String title, String sha256) {}

  /** Step 1: a case team proposes a referral through the API; the head decides within 3 days (art. 5). */
  @Transactional
  public Referral propose(Proposal proposal, Officer officer) {
    if (!Districts.isKnown(proposal.district()) || Districts.MUNICIPAL.equals(proposal.district())) {
      throw DomainException.invalidField("district", "unknown district code " + proposal.district());
    }
    if (!officer.is(AgencyType.MARKET_REGULATION) || !officer.covers(proposal.district())) {
      throw DomainException.forbidden("only the market-regulation bureau of district " + proposal.district()
          + " or the municipal bureau proposes its referrals");
    }
    if (inProgress(proposal.caseId()).isPresent()) {
      throw DomainException.conflict(ALREADY_OPEN, "case " + proposal.caseId() + " has a referral in progress");
    }
    return open(proposal.caseId(), null, proposal.district(), proposal.reason(),
        new Actor(officer.account(), officer.unit()), clock.instant());
  }

  /**
   * Step 1, from case-service's CaseReferralProposed: opens the referral unless the case already has
   * one in progress (a repeated proposal is then ignored). Runs in the event's transaction.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public Optional<Referral> proposeFromCase(String caseId, String caseNumber, String district, String owningUnit,
      String grounds, String proposedBy, Instant proposedAt) {
    if (!Districts.isKnown(district) || Districts.MUNICIPAL.equals(district)) {
      throw new IllegalArgumentException("referral proposed for unknown district " + district);
    }
    if (inProgress(caseId).isPresent()) {
      log.info("Case {} already has a referral in progress; proposal ignored", caseId);
      return Optional.empty();
    }
    return Optional.of(open(caseId, caseNumber, district, grounds, new Actor(proposedBy, owningUnit), proposedAt));
  }

  private Referral open(String caseId, String caseNumber, String district, String reason, Actor proposer,
      Instant at) {
    Referral referral = referrals.save(new Referral(UUID.randomUUID(), caseId, caseNumber, district, reason, proposer, at));
    deadlines.start(DeadlineClock.APPROVAL, referral.getId(), caseId, district, referral.getReferringUnit(), at);
    outbox.append(new ReferralProposed(referral.getId().toString(), caseId, district, referral.getReferringUnit(), at));
    return referral;
  }

  private Optional<Referral> inProgress(String caseId) {
    return referrals.findByCaseIdOrderByProposedAtDesc(caseId).stream()
        .filter(referral -> referral.getStatus() != ReferralStatus.REJECTED && !referral.getStatus().isDeclined())
        .findFirst();
  }

  /** The status of the case's latest referral, if it has one: the case watch asks whether the police decided. */
  @Transactional(propagation = Propagation.MANDATORY)
  public Optional<ReferralStatus> latestStatusOfCase(String caseId) {
    return referrals.findByCaseIdOrderByProposedAtDesc(caseId).stream().findFirst().map(Referral::getStatus);
  }

  /** Whether any referral of the case was accepted or declined by the police. */
  @Transactional(propagation = Propagation.MANDATORY)
  public boolean decidedByPolice(String caseId) {
    return referrals.findByCaseIdOrderByProposedAtDesc(caseId).stream()
        .anyMatch(referral -> referral.getStatus().isDecidedByPolice());
  }

  /** Step 1: the head of the referring bureau approves; the referral must be transferred within 24 hours (art. 5). */
  @Transactional
  public Referral approve(UUID id, Officer officer) {
    Referral referral = visible(id, officer);
    requireHead(referral, officer);
    Instant now = clock.instant();
    referral.approve(actor(officer), now);
    deadlines.stop(id, DeadlineClock.APPROVAL);
    deadlines.start(DeadlineClock.TRANSFER, id, referral.getCaseId(), referral.getDistrict(), referral.getReferringUnit(),
        now);
    outbox.append(new ReferralApproved(id.toString(), referral.getCaseId(), referral.getDistrict(),
        referral.getReferringUnit(), officer.account(), now));
    return referral;
  }

  /** Step 1: the head rejects, the reasons on record (art. 5). */
  @Transactional
  public Referral reject(UUID id, String reasons, Officer officer) {
    Referral referral = visible(id, officer);
    requireHead(referral, officer);
    Instant now = clock.instant();
    referral.reject(actor(officer), now, reasons);
    deadlines.stop(id);
    outbox.append(new ReferralRejected(id.toString(), referral.getCaseId(), referral.getDistrict(),
        referral.getReferringUnit(), reasons, officer.account(), now));
    return referral;
  }

  /**
   * Step 2: the referring bureau transfers the approved referral to the police of the same level and
   * district with the five materials (art. 6), none missing; the procuratorate is copied.
   */
  @Transactional
  public Referral transfer(UUID id, List<Material> materials, Officer officer) {
    Referral referral = visible(id, officer);
    requireReferringBureau(referral, officer);
    Set<MaterialKind> provided = materials.stream().map(Material::kind).collect(Collectors.toSet());
    List<FieldProblem> missing = Arrays.stream(MaterialKind.values())
        .filter(kind -> !provided.contains(kind))
        .map(kind -> new FieldProblem("materials", kind + " is missing"))
        .toList();
    if (!missing.isEmpty()) {
      throw DomainException.unprocessable("referral-materials-missing", "Materials missing",
          "a referral is transferred with all five materials; missing: "
              + missing.stream().map(FieldProblem::message).collect(Collectors.joining(", ")), missing);
    }
    Instant now = clock.instant();
    referral.transfer(actor(officer), now,
        materials.stream().map(m -> m.kind() + ":" + m.title() + ":" + m.sha256()).toList());
    deadlines.stop(id, DeadlineClock.TRANSFER);
    outbox.append(new ReferralTransferred(id.toString(), referral.getCaseId(), referral.getDistrict(),
        referral.getReferringUnit(), referral.getPoliceUnit(), referral.getProcuratorateUnit(),
        materials.stream().map(m -> m.kind() + ":" + m.sha256()).toList(), officer.account(), now));
    return referral;
  }

  /**
   * Step 3: the addressed police unit signs the receipt (art. 7); it decides within 3 days (art. 8)
   * or, not being competent, forwards within 24 hours (art. 7). A unit the referral was forwarded to
   * signs its own receipt, and both clocks start again for it.
   */
  @Transactional
  public Referral receipt(UUID id, Officer officer) {
    Referral referral = visible(id, officer);
    requireAddressedPolice(referral, officer);
    Instant now = clock.instant();
    referral.receipt(actor(officer), now);
    deadlines.start(DeadlineClock.DECISION, id, referral.getCaseId(), referral.getDistrict(), referral.getPoliceUnit(),
        now);
    deadlines.start(DeadlineClock.FORWARDING, id, referral.getCaseId(), referral.getDistrict(),
        referral.getPoliceUnit(), now);
    outbox.append(new ReferralReceipted(id.toString(), referral.getCaseId(), referral.getDistrict(),
        referral.getReferringUnit(), referral.getPoliceUnit(), officer.account(), now));
    return referral;
  }

  /**
   * Step 3: a police unit that is not competent forwards to the competent one and the bureau is told
   * (art. 7). Taken even after its 24 hours: the law does not close it, the breached clock is on record.
   */
  @Transactional
  public Referral forward(UUID id, String toPoliceUnit, String reasons, Officer officer) {
    Referral referral = visible(id, officer);
    requireAddressedPolice(referral, officer);
    if (AgencyUnit.parse(toPoliceUnit).filter(unit -> unit.agency() == AgencyType.POLICE).isEmpty()) {
      throw DomainException.invalidField("toPoliceUnit", "must be a police unit such as PSB-310104");
    }
    String from = referral.getPoliceUnit();
    Instant now = clock.instant();
    referral.forward(actor(officer), now, toPoliceUnit, reasons);
    deadlines.stop(id, DeadlineClock.DECISION, DeadlineClock.FORWARDING);
    outbox.append(new ReferralForwarded(id.toString(), referral.getCaseId(), referral.getDistrict(),
        referral.getReferringUnit(), from, toPoliceUnit, reasons, now));
    return referral;
  }

  /**
   * Step 4 (or 6, on the procuratorate's order to file): the addressed police unit accepts, a criminal
   * case is filed; the bureau hands over the items within 3 days.
   */
  @Transactional
  public Referral accept(UUID id, String filingNotice, Officer officer) {
    Referral referral = visible(id, officer);
    requireAddressedPolice(referral, officer);
    Instant now = clock.instant();
    referral.accept(actor(officer), now, filingNotice);
    accepted(referral, now);
    return referral;
  }

  private void accepted(Referral referral, Instant now) {
    UUID id = referral.getId();
    deadlines.stop(id);
    deadlines.start(DeadlineClock.HANDOVER, id, referral.getCaseId(), referral.getDistrict(),
        referral.getReferringUnit(), now);
    outbox.append(new ReferralAccepted(id.toString(), referral.getCaseId(), referral.getDistrict(),
        referral.getReferringUnit(), referral.getPoliceUnit(), now));
  }

  /** Step 4: the police decline with reasons, returning the materials (art. 8); the bureau's 3-day windows open. */
  @Transactional
  public Referral decline(UUID id, String reasons, Officer officer) {
    Referral referral = visible(id, officer);
    requireAddressedPolice(referral, officer);
    Instant now = clock.instant();
    referral.decline(actor(officer), now, reasons);
    // a unit that decides is competent: it no longer has a referral to forward
    deadlines.stop(id, DeadlineClock.DECISION, DeadlineClock.FORWARDING);
    deadlines.start(DeadlineClock.RECONSIDERATION_REQUEST, id, referral.getCaseId(), referral.getDistrict(),
        referral.getReferringUnit(), now);
    deadlines.start(DeadlineClock.SUPERVISION_REQUEST, id, referral.getCaseId(), referral.getDistrict(),
        referral.getReferringUnit(), now);
    outbox.append(new ReferralDeclined(id.toString(), referral.getCaseId(), referral.getDistrict(),
        referral.getReferringUnit(), referral.getPoliceUnit(), reasons, now));
    return referral;
  }

  /** Step 5: within 3 days of the decline the bureau asks the police to reconsider (art. 9); later it is refused. */
  @Transactional
  public Referral requestReconsideration(UUID id, String reasons, Officer officer) {
    Referral referral = visible(id, officer);
    requireReferringBureau(referral, officer);
    if (referral.getStatus() == ReferralStatus.DECLINED
        && !deadlines.isOpen(DeadlineClock.RECONSIDERATION_REQUEST, referral.getDeclinedAt())) {
      throw deadlinePassed("reconsideration is requested within 3 days of the decline");
    }
    Instant now = clock.instant();
    referral.requestReconsideration(actor(officer), now, reasons);
    deadlines.stop(id, DeadlineClock.RECONSIDERATION_REQUEST);
    deadlines.start(DeadlineClock.RECONSIDERATION_DECISION, id, referral.getCaseId(), referral.getDistrict(),
        referral.getPoliceUnit(), now);
    outbox.append(new ReferralReconsiderationRequested(id.toString(), referral.getCaseId(), referral.getDistrict(),
        referral.getReferringUnit(), referral.getPoliceUnit(), reasons, officer.account(), now));
    return referral;
  }

  /** Step 5: the police decide the reconsideration within 3 days (art. 9): file the case or uphold the decline. */
  @Transactional
  public Referral decideReconsideration(UUID id, boolean accept, String reasons, String filingNotice, Officer officer) {
    Referral referral = visible(id, officer);
    requireAddressedPolice(referral, officer);
    if (accept && (filingNotice == null || filingNotice.isBlank())) {
      throw DomainException.invalidField("filingNotice", "is required when the police accept on reconsideration");
    }
    Instant now = clock.instant();
    referral.decideReconsideration(actor(officer), now, accept, reasons, filingNotice);
    deadlines.stop(id, DeadlineClock.RECONSIDERATION_DECISION);
    outbox.append(new ReferralReconsiderationDecided(id.toString(), referral.getCaseId(), referral.getDistrict(),
        referral.getReferringUnit(), referral.getPoliceUnit(), accept ? "ACCEPTED" : "DECLINE_UPHELD", reasons, now));
    if (accept) {
      accepted(referral, now);
    } else if (referral.getSupervision() == SupervisionStatus.NONE) {
      deadlines.stop(id, DeadlineClock.SUPERVISION_REQUEST);
      deadlines.start(DeadlineClock.SUPERVISION_REQUEST, id, referral.getCaseId(), referral.getDistrict(),
          referral.getReferringUnit(), now);
    }
    return referral;
  }

  /**
   * Step 5: the bureau asks the procuratorate to supervise, within 3 days of the decline, or of the
   * reconsideration decision when it still disagrees (art. 9); later it is refused.
   */
  @Transactional
  public Referral requestSupervision(UUID id, String reasons, Officer officer) {
    Referral referral = visible(id, officer);
    requireReferringBureau(referral, officer);
    Instant trigger = referral.getStatus() == ReferralStatus.DECLINE_UPHELD
        ? referral.getReconsiderationDecidedAt() : referral.getDeclinedAt();
    if (trigger != null && referral.getStatus().isDeclined()
        && !deadlines.isOpen(DeadlineClock.SUPERVISION_REQUEST, trigger)) {
      throw deadlinePassed("supervision is requested within 3 days of the decline or of the reconsideration decision");
    }
    Instant now = clock.instant();
    referral.requestSupervision(actor(officer), now, reasons);
    deadlines.stop(id, DeadlineClock.SUPERVISION_REQUEST);
    outbox.append(new ReferralSupervisionRequested(id.toString(), referral.getCaseId(), referral.getDistrict(),
        referral.getReferringUnit(), referral.getPoliceUnit(), referral.getProcuratorateUnit(), reasons,
        officer.account(), now));
    return referral;
  }

  /** Step 6: the procurator requires the police to explain the decline; they answer within 7 days. */
  @Transactional
  public Referral requireExplanation(UUID id, String reasons, Officer officer) {
    Referral referral = visible(id, officer);
    requireProcurator(officer);
    Instant now = clock.instant();
    referral.requireExplanation(actor(officer), now, reasons);
    deadlines.start(DeadlineClock.EXPLANATION, id, referral.getCaseId(), referral.getDistrict(), referral.getPoliceUnit(),
        now);
    outbox.append(new ReferralExplanationRequired(id.toString(), referral.getCaseId(), referral.getDistrict(),
        referral.getPoliceUnit(), referral.getProcuratorateUnit(), reasons, officer.account(), now));
    return referral;
  }

  /** Step 6: the police explain the decline to the procuratorate. */
  @Transactional
  public Referral explain(UUID id, String explanation, Officer officer) {
    Referral referral = visible(id, officer);
    requireAddressedPolice(referral, officer);
    Instant now = clock.instant();
    referral.explain(actor(officer), now, explanation);
    deadlines.stop(id, DeadlineClock.EXPLANATION);
    outbox.append(new ReferralExplanationGiven(id.toString(), referral.getCaseId(), referral.getDistrict(),
        referral.getPoliceUnit(), referral.getProcuratorateUnit(), explanation, officer.account(), now));
    return referral;
  }

  /** Step 6: the procurator orders the police to file; they file within 15 days. */
  @Transactional
  public Referral orderFiling(UUID id, String reasons, Officer officer) {
    Referral referral = visible(id, officer);
    requireProcurator(officer);
    Instant now = clock.instant();
    referral.orderFiling(actor(officer), now, reasons);
    deadlines.stop(id, DeadlineClock.EXPLANATION, DeadlineClock.RECONSIDERATION_DECISION);
    deadlines.start(DeadlineClock.FILING, id, referral.getCaseId(), referral.getDistrict(), referral.getPoliceUnit(), now);
    outbox.append(new ReferralFilingOrdered(id.toString(), referral.getCaseId(), referral.getDistrict(),
        referral.getPoliceUnit(), referral.getProcuratorateUnit(), reasons, officer.account(), now));
    return referral;
  }

  /** Step 6: the procurator closes the supervision; the decline stands. */
  @Transactional
  public Referral closeSupervision(UUID id, String conclusion, Officer officer) {
    Referral referral = visible(id, officer);
    requireProcurator(officer);
    Instant now = clock.instant();
    referral.closeSupervision(actor(officer), now, conclusion);
    deadlines.stop(id, DeadlineClock.EXPLANATION);
    outbox.append(new ReferralSupervisionClosed(id.toString(), referral.getCaseId(), referral.getDistrict(),
        referral.getReferringUnit(), referral.getProcuratorateUnit(), conclusion, officer.account(), now));
    return referral;
  }

  /** Step 7: the bureau hands over the items involved within 3 days of the filing notice. */
  @Transactional
  public Referral handOverItems(UUID id, List<String> items, Officer officer) {
    Referral referral = visible(id, officer);
    requireReferringBureau(referral, officer);
    Instant now = clock.instant();
    referral.handOverItems(actor(officer), now, items);
    deadlines.stop(id, DeadlineClock.HANDOVER);
    outbox.append(new ReferralItemsHandedOver(id.toString(), referral.getCaseId(), referral.getDistrict(),
        referral.getReferringUnit(), referral.getPoliceUnit(), List.copyOf(items), officer.account(), now));
    return referral;
  }

  /** A referral the officer may see; any other is "not found", so a foreign referral's existence is not revealed. */
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
      if (!officer.is(AgencyType.POLICE) && !officer.is(AgencyType.MARKET_REGULATION)
          && !officer.is(AgencyType.PROCURATORATE)) {
        throw DomainException.forbidden("referrals are listed for the bureaus, the police and the procuratorates");
      }
      List<Referral> ofCase = referrals.findByCaseIdOrderByProposedAtDesc(caseId).stream()
          .filter(referral -> mayView(referral, officer)).toList();
      return new PageImpl<>(ofCase, pageable, ofCase.size());
    }
    if (officer.is(AgencyType.POLICE)) {
      return referrals.findByPoliceUnit(officer.unit(), pageable);
    }
    if (!officer.is(AgencyType.MARKET_REGULATION) && !officer.is(AgencyType.PROCURATORATE)) {
      throw DomainException.forbidden("referrals are listed for the bureaus, the police and the procuratorates");
    }
    return officer.isMunicipal() ? referrals.findAll(pageable)
        : referrals.findByDistrict(officer.jurisdiction(), pageable);
  }

  private Referral visible(UUID id, Officer officer) {
    return referrals.findById(id)
        .filter(referral -> mayView(referral, officer))
        .orElseThrow(() -> DomainException.notFound("referral", id));
  }

  private static boolean mayView(Referral referral, Officer officer) {
    if (officer.is(AgencyType.MARKET_REGULATION) || officer.is(AgencyType.PROCURATORATE)) {
      return officer.covers(referral.getDistrict());
    }
    return officer.is(AgencyType.POLICE) && referral.policeUnits().contains(officer.unit());
  }

  /** Only the head of the referring bureau approves or rejects (art. 5). */
  private static void requireHead(Referral referral, Officer officer) {
    if (!officer.is(AgencyType.MARKET_REGULATION) || !officer.hasRole(Officer.HEAD)
        || !referral.getReferringUnit().equals(officer.unit())) {
      throw DomainException.forbidden("only the head of " + referral.getReferringUnit() + " approves or rejects it");
    }
  }

  private static void requireReferringBureau(Referral referral, Officer officer) {
    if (!officer.is(AgencyType.MARKET_REGULATION) || !officer.covers(referral.getDistrict())) {
      throw DomainException.forbidden("only the referring bureau takes this step");
    }
  }

  /** Only the police unit the referral is addressed to receipts and decides (art. 7, 8). */
  private static void requireAddressedPolice(Referral referral, Officer officer) {
    if (!officer.is(AgencyType.POLICE) || !officer.unit().equals(referral.getPoliceUnit())) {
      throw DomainException.forbidden("only " + referral.getPoliceUnit() + ", to which the referral is addressed, takes this step");
    }
  }

  private static void requireProcurator(Officer officer) {
    if (!officer.is(AgencyType.PROCURATORATE) || !officer.hasRole(PROCURATOR)) {
      throw DomainException.forbidden("only a procurator supervises");
    }
  }

  private static DomainException deadlinePassed(String rule) {
    return DomainException.conflict(DEADLINE_PASSED, "the deadline has passed: " + rule);
  }

  private static Actor actor(Officer officer) {
    return new Actor(officer.account(), officer.unit());
  }
}
