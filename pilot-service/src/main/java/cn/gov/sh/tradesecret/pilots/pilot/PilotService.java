package cn.gov.sh.tradesecret.pilots.pilot;

import cn.gov.sh.tradesecret.events.pilots.PilotNominated;
import cn.gov.sh.tradesecret.events.reference.AgencyType;
import cn.gov.sh.tradesecret.events.reference.Districts;
import cn.gov.sh.tradesecret.support.outbox.Outbox;
import cn.gov.sh.tradesecret.support.security.Officer;
import cn.gov.sh.tradesecret.support.web.ApiException;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Nominates and shows pilots. A district's market-regulation bureau (or the municipal bureau)
 * nominates the district's pilots.
 *
 * <p>For now only market-regulation officers see pilots, a district bureau its district's and the
 * municipal bureau all. Designated pilots become readable by the other agencies when designation
 * (认定) is built: a lead from a designated pilot unit gets the fast channel in case-service.
 */
@Service
public class PilotService {

  private final PilotRepository pilots;
  private final Outbox outbox;
  private final Clock clock;

  PilotService(PilotRepository pilots, Outbox outbox, Clock clock) {
    this.pilots = pilots;
    this.outbox = outbox;
    this.clock = clock;
  }

  /** What a bureau supplies to nominate a pilot. */
  public record Nomination(PilotKind kind, String name, String district, Industry industry, String creditCode,
      UUID parkId) {}

  @Transactional
  public Pilot nominate(Nomination nomination, Officer officer) {
    requireDistrict(nomination.district());
    if (!officer.is(AgencyType.MARKET_REGULATION) || !officer.covers(nomination.district())) {
      throw ApiException.forbidden("only the market-regulation bureau of district " + nomination.district()
          + " or the municipal bureau nominates its pilots");
    }
    // Checked after the access check, so that no one learns of a foreign district's parks.
    if (nomination.parkId() != null) {
      if (nomination.kind() == PilotKind.PARK) {
        throw ApiException.invalidField("parkId", "a park does not sit inside another park");
      }
      pilots.findById(nomination.parkId())
          .filter(park -> park.canHost(nomination.district()))
          .orElseThrow(() -> ApiException.invalidField("parkId",
              "no pilot park " + nomination.parkId() + " in district " + nomination.district()));
    }
    Pilot pilot = pilots.save(new Pilot(UUID.randomUUID(), nomination.kind(), nomination.name(),
        nomination.district(), nomination.industry(), nomination.creditCode(), nomination.parkId(),
        officer.account(), clock.instant()));
    outbox.append(new PilotNominated(pilot.getId().toString(), pilot.getDistrict(), pilot.getKind().name(),
        pilot.getName(), pilot.getCreditCode(), pilot.getIndustry().name(), pilot.getNominatedAt()));
    return pilot;
  }

  /** A pilot the officer may see; any other is "not found", so its existence is not revealed. */
  @Transactional(readOnly = true)
  public Pilot find(UUID id, Officer officer) {
    return Optional.of(id).flatMap(pilots::findById)
        .filter(pilot -> mayView(pilot, officer))
        .orElseThrow(() -> ApiException.notFound("pilot", id));
  }

  /**
   * The pilots of {@code district}, or of the officer's whole jurisdiction when it is null.
   *
   * @throws ApiException 403 for other agencies and for a district outside the jurisdiction
   */
  @Transactional(readOnly = true)
  public Page<Pilot> list(String district, Officer officer, Pageable pageable) {
    if (!officer.is(AgencyType.MARKET_REGULATION)) {
      throw ApiException.forbidden("pilots are listed for the market-regulation bureaus");
    }
    if (district != null) {
      requireDistrict(district);
      if (!officer.covers(district)) {
        throw ApiException.forbidden("the pilots of district " + district + " are its bureau's");
      }
      return pilots.findByDistrict(district, pageable);
    }
    return officer.isMunicipal() ? pilots.findAll(pageable) : pilots.findByDistrict(officer.jurisdiction(), pageable);
  }

  private static void requireDistrict(String district) {
    if (!Districts.isKnown(district) || Districts.MUNICIPAL.equals(district)) {
      throw ApiException.invalidField("district", "unknown district code " + district);
    }
  }

  private static boolean mayView(Pilot pilot, Officer officer) {
    return officer.is(AgencyType.MARKET_REGULATION) && officer.covers(pilot.getDistrict());
  }
}
