package cn.gov.sh.tradesecret.enterprise.report;

import cn.gov.sh.tradesecret.enterprise.caller.Enterprise;
import cn.gov.sh.tradesecret.events.enterprises.InfringementReported;
import cn.gov.sh.tradesecret.events.reference.AgencyType;
import cn.gov.sh.tradesecret.events.reference.Districts;
import cn.gov.sh.tradesecret.support.domain.DomainException;
import cn.gov.sh.tradesecret.support.outbox.Outbox;
import cn.gov.sh.tradesecret.support.security.Officer;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes enterprises' reports and follows the bureaus' decisions on them. An enterprise sees only
 * its own reports; a market-regulation officer those of the districts its bureau covers; nobody
 * else any.
 */
@Service
public class Reports {

  private static final Logger log = LoggerFactory.getLogger(Reports.class);
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private final ReportRepository reports;
  private final Outbox events;
  private final Clock clock;

  Reports(ReportRepository reports, Outbox events, Clock clock) {
    this.reports = reports;
    this.events = events;
    this.clock = clock;
  }

  /** What an enterprise reports; {@code district} null means its own district. */
  public record Submission(
      String enterpriseName,
      String district,
      SecretType secretType,
      String whatWasTaken,
      String howTaken,
      List<Suspect> suspects,
      BigDecimal estimatedLoss,
      List<String> evidenceFingerprints) {}

  /**
   * Stores the report with a new tracking number and publishes it for the competent bureau, in one
   * transaction.
   */
  @Transactional
  public InfringementReport submit(Submission submission, Officer caller) {
    Enterprise enterprise =
        Enterprise.of(caller)
            .orElseThrow(() -> DomainException.forbidden("only an enterprise reports online"));
    String district = submission.district() == null ? enterprise.district() : submission.district();
    if (!Districts.isKnown(district) || Districts.MUNICIPAL.equals(district)) {
      throw DomainException.invalidField("district", "no district bureau has the code " + district);
    }
    List<String> fingerprints =
        submission.evidenceFingerprints().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < fingerprints.size(); i++) {
      if (!seen.add(fingerprints.get(i))) {
        throw DomainException.invalidField(
            "evidenceFingerprints[" + i + "]", "the same fingerprint is listed twice");
      }
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // as PostgreSQL keeps it
    String trackingNumber =
        "ER-%d-%06d".formatted(now.atZone(SHANGHAI).getYear(), reports.nextTrackingSequence());
    List<Suspect> suspects = submission.suspects() == null ? List.of() : submission.suspects();
    InfringementReport report =
        reports.save(
            new InfringementReport(
                UUID.randomUUID(),
                trackingNumber,
                enterprise.account(),
                enterprise.creditCode(),
                submission.enterpriseName().strip(),
                district,
                submission.secretType(),
                submission.whatWasTaken(),
                submission.howTaken(),
                suspects,
                submission.estimatedLoss(),
                fingerprints,
                now));
    events.append(
        new InfringementReported(
            report.getId().toString(),
            trackingNumber,
            district,
            report.getEnterpriseName(),
            enterprise.creditCode(),
            submission.secretType().name(),
            submission.whatWasTaken(),
            submission.howTaken(),
            suspects.stream()
                .map(s -> new InfringementReported.Suspect(s.name(), s.creditCode()))
                .toList(),
            submission.estimatedLoss(),
            fingerprints,
            now));
    return report;
  }

  /**
   * A report the caller may see; any other is "not found", so the existence of another enterprise's
   * report is not revealed.
   */
  @Transactional(readOnly = true)
  public InfringementReport find(UUID id, Officer caller) {
    return reports
        .findById(id)
        .filter(report -> maySee(caller, report))
        .orElseThrow(() -> DomainException.notFound("report", id));
  }

  /** The enterprise's own reports, or the reports of the officer's bureau's districts. */
  @Transactional(readOnly = true)
  public Page<InfringementReport> list(Officer caller, String district, Pageable pageable) {
    Optional<Enterprise> enterprise = Enterprise.of(caller);
    if (enterprise.isPresent()) {
      return reports.findByCreditCode(enterprise.get().creditCode(), pageable);
    }
    Officer.require(
        caller.is(AgencyType.MARKET_REGULATION),
        "only enterprises and market-regulation bureaus see online reports");
    if (district != null) {
      Officer.require(
          caller.covers(district), "a district bureau sees the reports of its own district");
      return reports.findByDistrict(district, pageable);
    }
    if (caller.isMunicipal()) {
      return reports.findAll(pageable);
    }
    return reports.findByDistrict(caller.jurisdiction(), pageable);
  }

  private static boolean maySee(Officer caller, InfringementReport report) {
    return Enterprise.of(caller)
        .map(enterprise -> enterprise.creditCode().equals(report.getCreditCode()))
        .orElseGet(() -> caller.actsFor(AgencyType.MARKET_REGULATION, report.getDistrict()));
  }

  /** The bureau registered the report as lead {@code leadId}; other leads are not reports. */
  @Transactional
  public void received(String leadId, String unit, Instant at) {
    report(leadId).ifPresent(report -> report.received(unit, at));
  }

  @Transactional
  public void declined(String leadId, String unit, String reasonCode, Instant at) {
    report(leadId).ifPresent(report -> report.declined(unit, reasonCode, at));
  }

  @Transactional
  public void filed(String leadId, String unit, String caseNumber, Instant at) {
    report(leadId).ifPresent(report -> report.filed(unit, caseNumber, at));
  }

  private Optional<InfringementReport> report(String leadId) {
    UUID id;
    try {
      id = UUID.fromString(leadId);
    } catch (IllegalArgumentException e) {
      log.warn("A lead id that is no UUID: {}", leadId);
      return Optional.empty();
    }
    return reports.findById(id);
  }
}
