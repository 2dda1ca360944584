package cn.gov.sh.tradesecret.cases.lead;

import cn.gov.sh.tradesecret.events.cases.LeadRegistered;
import cn.gov.sh.tradesecret.events.reference.AgencyType;
import cn.gov.sh.tradesecret.events.reference.Districts;
import cn.gov.sh.tradesecret.support.outbox.Outbox;
import cn.gov.sh.tradesecret.support.security.Officer;
import cn.gov.sh.tradesecret.support.web.ApiException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers and shows leads. Only market-regulation officers work on leads, and a district
 * bureau only on its own district's; the municipal bureau on every district's.
 */
@Service
public class LeadService {

  private final LeadRepository leads;
  private final Outbox outbox;
  private final Clock clock;

  LeadService(LeadRepository leads, Outbox outbox, Clock clock) {
    this.leads = leads;
    this.outbox = outbox;
    this.clock = clock;
  }

  /** What an officer supplies to register a lead. */
  public record Registration(LeadSource source, String district, Party rightsHolder, List<Party> suspects,
      String description, BigDecimal claimedAmount, Instant receivedAt) {}

  @Transactional
  public Lead register(Registration registration, Officer officer) {
    if (!Districts.isKnown(registration.district()) || Districts.MUNICIPAL.equals(registration.district())) {
      throw ApiException.invalidField("district", "unknown district code " + registration.district());
    }
    Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS); // as PostgreSQL keeps it
    if (registration.receivedAt() != null && registration.receivedAt().isAfter(now)) {
      throw ApiException.invalidField("receivedAt", "must not be in the future");
    }
    if (!officer.is(AgencyType.MARKET_REGULATION) || !officer.covers(registration.district())) {
      throw ApiException.forbidden("only the market-regulation bureau of district " + registration.district()
          + " or the municipal bureau registers its leads");
    }
    Lead lead = leads.save(new Lead(UUID.randomUUID(), registration.district(),
        AgencyType.MARKET_REGULATION.unitIn(registration.district()), registration.source(),
        registration.rightsHolder(), registration.suspects() == null ? List.of() : registration.suspects(),
        registration.description(), registration.claimedAmount(),
        registration.receivedAt() == null ? now : registration.receivedAt(), officer.account(), now));
    outbox.append(new LeadRegistered(lead.getId().toString(), lead.getDistrict(), lead.getOwningUnit(),
        lead.getSource().name(), lead.getRightsHolder().name(), lead.getClaimedAmount(), lead.getReceivedAt()));
    return lead;
  }

  /** A lead the officer may see; any other is "not found", so a foreign lead's existence is not revealed. */
  @Transactional(readOnly = true)
  public Lead find(UUID id, Officer officer) {
    return Optional.of(id).flatMap(leads::findById)
        .filter(lead -> mayView(lead, officer))
        .orElseThrow(() -> ApiException.notFound("lead", id));
  }

  @Transactional(readOnly = true)
  public Page<Lead> list(Officer officer, Pageable pageable) {
    if (!officer.is(AgencyType.MARKET_REGULATION)) {
      throw ApiException.forbidden("leads are the market-regulation bureaus' own");
    }
    return officer.isMunicipal() ? leads.findAll(pageable) : leads.findByDistrict(officer.jurisdiction(), pageable);
  }

  private static boolean mayView(Lead lead, Officer officer) {
    return officer.is(AgencyType.MARKET_REGULATION) && officer.covers(lead.getDistrict());
  }
}
