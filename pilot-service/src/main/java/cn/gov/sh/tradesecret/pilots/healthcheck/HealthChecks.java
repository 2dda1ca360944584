package cn.gov.sh.tradesecret.pilots.healthcheck;

import cn.gov.sh.tradesecret.pilots.pilot.Pilot;
import cn.gov.sh.tradesecret.pilots.pilot.PilotAuthority;
import cn.gov.sh.tradesecret.pilots.pilot.PilotService;
import cn.gov.sh.tradesecret.pilots.pilot.PilotStatus;
import cn.gov.sh.tradesecret.support.calendar.WorkingDayCalendar;
import cn.gov.sh.tradesecret.support.domain.DomainException;
import cn.gov.sh.tradesecret.support.security.Officer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records health checks of pilots in cultivation or designated, and the completion of their
 * rectification items. Only the bureaus that manage the pilot's district record and read them; to
 * anyone else a health check does not exist (404).
 */
@Service
public class HealthChecks {

  /** 409: a health check needs a pilot in cultivation or designated. */
  static final String PILOT_NOT_CHECKABLE = "pilot-not-checkable";

  /** 409: the rectification item was completed already. */
  static final String COMPLETED_ALREADY = "rectification-completed";

  private final PilotService pilots;
  private final HealthCheckRepository checks;
  private final Clock clock;

  HealthChecks(PilotService pilots, HealthCheckRepository checks, Clock clock) {
    this.pilots = pilots;
    this.checks = checks;
    this.clock = clock;
  }

  public record Rectification(String description, LocalDate dueOn) {}

  public record FindingRecord(
      FindingCategory category, String description, List<Rectification> rectifications) {}

  public record Record(
      UUID pilotId,
      LocalDate checkedOn,
      String examiner,
      String summary,
      List<FindingRecord> findings) {}

  /** Records a completed health check and publishes {@code HealthCheckCompleted}. */
  @Transactional
  public HealthCheck record(Record record, Officer officer) {
    Pilot pilot = pilots.find(record.pilotId(), officer);
    LocalDate today = today();
    if (record.checkedOn().isAfter(today)) {
      throw DomainException.invalidField(
          "checkedOn", "a health check is recorded once it took place");
    }
    if (pilot.getStatus() != PilotStatus.CULTIVATING
        && pilot.getStatus() != PilotStatus.DESIGNATED) {
      throw DomainException.conflict(
          PILOT_NOT_CHECKABLE,
          "pilot "
              + pilot.getId()
              + " is "
              + pilot.getStatus()
              + ": health checks are for pilots in cultivation or designated");
    }
    UUID id = UUID.randomUUID();
    List<Finding> findings = new ArrayList<>();
    for (int f = 0; f < record.findings().size(); f++) {
      FindingRecord finding = record.findings().get(f);
      List<RectificationItem> items = new ArrayList<>();
      for (int r = 0; r < finding.rectifications().size(); r++) {
        Rectification rectification = finding.rectifications().get(r);
        if (rectification.dueOn().isBefore(record.checkedOn())) {
          throw DomainException.invalidField(
              "findings[" + f + "].rectifications[" + r + "].dueOn",
              "must not be before the check (" + record.checkedOn() + ")");
        }
        items.add(
            new RectificationItem(id, rectification.description().strip(), rectification.dueOn()));
      }
      findings.add(new Finding(finding.category(), finding.description().strip(), items));
    }
    return checks.save(
        new HealthCheck(
            id,
            pilot.getId(),
            pilot.getDistrict(),
            record.checkedOn(),
            record.examiner().strip(),
            record.summary(),
            findings,
            officer.account(),
            clock.instant()));
  }

  @Transactional(readOnly = true)
  public HealthCheck find(UUID id, Officer officer) {
    return checks
        .findById(id)
        .filter(check -> PilotAuthority.manages(officer, check.getDistrict()))
        .orElseThrow(() -> DomainException.notFound("health check", id));
  }

  @Transactional(readOnly = true)
  public List<HealthCheck> ofPilot(UUID pilotId, Officer officer) {
    Pilot pilot = pilots.find(pilotId, officer);
    return checks.findByPilotIdOrderByCheckedOnAsc(pilot.getId());
  }

  /** Marks a rectification item done on {@code completedOn} (between the check and today). */
  @Transactional
  public HealthCheck completeRectification(
      UUID checkId, UUID itemId, LocalDate completedOn, String note, Officer officer) {
    HealthCheck check = find(checkId, officer);
    RectificationItem item =
        check
            .rectification(itemId)
            .orElseThrow(() -> DomainException.notFound("rectification item", itemId));
    if (completedOn.isAfter(today()) || completedOn.isBefore(check.getCheckedOn())) {
      throw DomainException.invalidField(
          "completedOn", "must be between the check (" + check.getCheckedOn() + ") and today");
    }
    if (item.getCompletedOn() != null) {
      throw DomainException.conflict(
          COMPLETED_ALREADY,
          "rectification item " + itemId + " was completed on " + item.getCompletedOn());
    }
    item.complete(completedOn, officer.account(), note);
    return check;
  }

  public LocalDate today() {
    return WorkingDayCalendar.dayOf(clock.instant());
  }
}
