package cn.gov.sh.tradesecret.pilots.selfassessment;

import cn.gov.sh.tradesecret.events.enterprises.SelfAssessmentShared;
import cn.gov.sh.tradesecret.events.reference.AgencyType;
import cn.gov.sh.tradesecret.pilots.pilot.Pilot;
import cn.gov.sh.tradesecret.pilots.pilot.PilotAuthority;
import cn.gov.sh.tradesecret.pilots.pilot.PilotService;
import cn.gov.sh.tradesecret.support.domain.DomainException;
import cn.gov.sh.tradesecret.support.security.Officer;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the self-assessments enterprises shared with their district bureau and shows them with the
 * visibility of health checks: the market-regulation bureau of the assessment's district and the
 * municipal bureau; no other agency and no enterprise (enterprise-service shows an enterprise its
 * own).
 */
@Service
public class SharedSelfAssessments {

  private final SharedSelfAssessmentRepository assessments;
  private final PilotService pilots;
  private final Clock clock;

  SharedSelfAssessments(
      SharedSelfAssessmentRepository assessments, PilotService pilots, Clock clock) {
    this.assessments = assessments;
    this.pilots = pilots;
    this.clock = clock;
  }

  /** A shared assessment with the active pilot of its enterprise, if it is one. */
  public record Listed(SharedSelfAssessment assessment, UUID pilotId) {}

  /**
   * Keeps the assessment that {@code shared} announces, once: the same assessment published again
   * changes nothing.
   *
   * @return whether it was new
   * @throws IllegalArgumentException when the event cannot be an assessment (see {@link
   *     SharedSelfAssessment#of})
   */
  @Transactional
  public boolean receive(SelfAssessmentShared shared) {
    SharedSelfAssessment assessment = SharedSelfAssessment.of(shared, clock.instant());
    if (assessments.existsById(assessment.getId())) {
      return false;
    }
    assessments.save(assessment);
    return true;
  }

  /**
   * The assessments the enterprise of pilot {@code pilotId} shared with a bureau the officer acts
   * for, latest first; none for a park or other pilot without a credit code.
   *
   * @throws DomainException 404 when the officer does not manage the pilot, as for its health
   *     checks
   */
  @Transactional(readOnly = true)
  public List<SharedSelfAssessment> ofPilot(UUID pilotId, Officer officer) {
    Pilot pilot = pilots.find(pilotId, officer);
    if (pilot.getCreditCode() == null) {
      return List.of();
    }
    return assessments.findByCreditCodeOrderBySubmittedAtDesc(pilot.getCreditCode()).stream()
        .filter(assessment -> PilotAuthority.manages(officer, assessment.getDistrict()))
        .toList();
  }

  /**
   * The assessments shared with one district's bureau, or with every bureau of the officer's
   * jurisdiction when {@code district} is null; each names the enterprise's active pilot, if any.
   *
   * @throws DomainException 403 for other agencies and enterprises, and for a district outside the
   *     jurisdiction; 400 for an unknown district
   */
  @Transactional(readOnly = true)
  public Page<Listed> list(String district, Officer officer, Pageable pageable) {
    Officer.require(
        officer.is(AgencyType.MARKET_REGULATION),
        "shared self-assessments are the market-regulation bureaus'");
    Page<SharedSelfAssessment> page;
    if (district != null) {
      if (!PilotService.isPilotDistrict(district)) {
        throw DomainException.invalidField("district", "not a district's code");
      }
      Officer.require(
          PilotAuthority.manages(officer, district),
          "the self-assessments shared with district " + district + " are its bureau's");
      page = assessments.findByDistrict(district, pageable);
    } else {
      page =
          officer.isMunicipal()
              ? assessments.findAll(pageable)
              : assessments.findByDistrict(officer.jurisdiction(), pageable);
    }
    Map<String, UUID> pilotOf =
        pilots.activePilotsOf(
            page.getContent().stream().map(SharedSelfAssessment::getCreditCode).toList());
    return page.map(assessment -> new Listed(assessment, pilotOf.get(assessment.getCreditCode())));
  }
}
