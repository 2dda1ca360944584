package cn.gov.sh.tradesecret.pilots.pilot;

import cn.gov.sh.tradesecret.events.reference.AgencyType;
import cn.gov.sh.tradesecret.events.reference.Districts;
import cn.gov.sh.tradesecret.support.domain.DomainException;
import cn.gov.sh.tradesecret.support.security.Officer;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Nominates and shows pilots. A district's market-regulation bureau (or the municipal bureau)
 * nominates the district's pilots; one active pilot per enterprise (credit code) or per district,
 * kind and name.
 *
 * <p>Market-regulation bureaus see the pilots of their jurisdiction in full. Designated pilots are
 * also in the directory that every agency reads (name, kind, level, industry, district), without
 * credit code and never with health-check findings: a lead from a designated pilot unit gets the
 * fast channel in case-service.
 */
@Service
public class PilotService {

  /** 409 when the enterprise (or the named place) is a pilot already. */
  public static final String DUPLICATE = "duplicate-pilot";

  private final PilotRepository pilots;
  private final PilotTransitionRepository transitions;
  private final Clock clock;

  PilotService(PilotRepository pilots, PilotTransitionRepository transitions, Clock clock) {
    this.pilots = pilots;
    this.transitions = transitions;
    this.clock = clock;
  }

  /** What a bureau supplies to nominate a pilot. */
  public record Nomination(
      PilotKind kind,
      String name,
      String district,
      Industry industry,
      String creditCode,
      UUID parkId) {}

  /**
   * Nominates a pilot and publishes {@code PilotNominated}.
   *
   * @throws DomainException 400 for an unknown district or an unfit park, 403 outside the officer's
   *     jurisdiction, 409 ({@value #DUPLICATE}) when it is a pilot already
   */
  @Transactional
  public Pilot nominate(Nomination nomination, Officer officer) {
    requireDistrict(nomination.district());
    Officer.require(
        PilotAuthority.manages(officer, nomination.district()),
        "only the market-regulation bureau of "
            + "district "
            + nomination.district()
            + " or the municipal bureau nominates its pilots");
    // Checked after the access check, so that no one learns of a foreign district's parks.
    if (nomination.parkId() != null) {
      if (nomination.kind() == PilotKind.PARK) {
        throw DomainException.invalidField("parkId", "a park does not sit inside another park");
      }
      pilots
          .findById(nomination.parkId())
          .filter(park -> park.canHost(nomination.district()))
          .orElseThrow(
              () ->
                  DomainException.invalidField(
                      "parkId",
                      "no pilot park "
                          + nomination.parkId()
                          + " in district "
                          + nomination.district()));
    }
    String key =
        Pilot.naturalKey(
            nomination.kind(), nomination.district(), nomination.name(), nomination.creditCode());
    pilots
        .findActiveByNaturalKey(key)
        .ifPresent(
            existing -> {
              throw duplicate(existing);
            });
    Pilot pilot =
        new Pilot(
            UUID.randomUUID(),
            nomination.kind(),
            nomination.name().strip(),
            nomination.district(),
            nomination.industry(),
            nomination.creditCode(),
            nomination.parkId(),
            officer.account(),
            clock.instant());
    PilotTransition nominated = pilot.nominated(officer);
    try {
      pilots.saveAndFlush(pilot);
    } catch (DataIntegrityViolationException e) {
      // a concurrent nomination of the same pilot won the unique index
      throw DomainException.conflict(
          DUPLICATE, "this " + nomination.kind() + " is a pilot already");
    }
    transitions.save(nominated);
    return pilot;
  }

  private static DomainException duplicate(Pilot existing) {
    return DomainException.conflict(
        DUPLICATE,
        "this "
            + existing.getKind()
            + " is a pilot already ("
            + existing.getId()
            + ", "
            + existing.getStatus()
            + ")");
  }

  /** A pilot the officer manages; any other is "not found", so its existence is not revealed. */
  @Transactional(readOnly = true)
  public Pilot find(UUID id, Officer officer) {
    return Optional.of(id)
        .flatMap(pilots::findById)
        .filter(pilot -> PilotAuthority.manages(officer, pilot.getDistrict()))
        .orElseThrow(() -> DomainException.notFound("pilot", id));
  }

  /** A designated pilot, as any agency may read it. */
  @Transactional(readOnly = true)
  public Pilot findDesignated(UUID id) {
    return pilots
        .findById(id)
        .filter(pilot -> pilot.getStatus() == PilotStatus.DESIGNATED)
        .orElseThrow(() -> DomainException.notFound("designated pilot", id));
  }

  /** The active pilots with these natural keys (see {@link Pilot#naturalKey}). */
  @Transactional(readOnly = true)
  public List<Pilot> findActiveByNaturalKeys(Collection<String> keys) {
    return keys.isEmpty() ? List.of() : pilots.findActiveByNaturalKeys(keys);
  }

  /**
   * The active pilot of each enterprise among {@code creditCodes} that is one (the first nominated,
   * should it be a unit and a station at once).
   */
  @Transactional(readOnly = true)
  public Map<String, UUID> activePilotsOf(Collection<String> creditCodes) {
    if (creditCodes.isEmpty()) {
      return Map.of();
    }
    return pilots.findActiveByCreditCodes(Set.copyOf(creditCodes)).stream()
        .collect(Collectors.toMap(Pilot::getCreditCode, Pilot::getId, (first, later) -> first));
  }

  /** The active pilot park of {@code district} with this name (trimmed, case ignored). */
  @Transactional(readOnly = true)
  public Optional<Pilot> findActivePark(String district, String name) {
    return pilots.findActiveParks(district, Pilot.normalizedName(name)).stream().findFirst();
  }

  /**
   * The pilots of {@code district}, or of the officer's whole jurisdiction when it is null.
   *
   * @throws DomainException 403 for other agencies and for a district outside the jurisdiction
   */
  @Transactional(readOnly = true)
  public Page<Pilot> list(String district, Officer officer, Pageable pageable) {
    Officer.require(
        officer.is(AgencyType.MARKET_REGULATION),
        "pilots are listed for the market-regulation "
            + "bureaus; other agencies read the designated pilots at /api/pilots/designated");
    if (district != null) {
      requireDistrict(district);
      Officer.require(
          PilotAuthority.manages(officer, district),
          "the pilots of district " + district + " are its bureau's");
      return pilots.findByDistrict(district, pageable);
    }
    return officer.isMunicipal()
        ? pilots.findAll(pageable)
        : pilots.findByDistrict(officer.jurisdiction(), pageable);
  }

  /** The designated pilots, of one district or all: every agency may read them. */
  @Transactional(readOnly = true)
  public Page<Pilot> listDesignated(String district, Pageable pageable) {
    if (district != null) {
      requireDistrict(district);
      return pilots.findByStatusAndDistrict(PilotStatus.DESIGNATED, district, pageable);
    }
    return pilots.findByStatus(PilotStatus.DESIGNATED, pageable);
  }

  /** A district code a pilot may belong to: a district or Lingang, not the municipality. */
  public static boolean isPilotDistrict(String district) {
    return Districts.isKnown(district) && !Districts.MUNICIPAL.equals(district);
  }

  static void requireDistrict(String district) {
    if (!isPilotDistrict(district)) {
      throw DomainException.invalidField("district", "unknown district code " + district);
    }
  }
}
