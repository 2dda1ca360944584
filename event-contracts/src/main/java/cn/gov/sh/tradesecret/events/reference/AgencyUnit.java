package cn.gov.sh.tradesecret.events.reference;

import java.util.Arrays;
import java.util.Optional;

/**
 * An agency unit: one agency of one jurisdiction, e.g. {@code MR-310117} (the Songjiang
 * market-regulation bureau) or {@code PROC-310000} (the municipal procuratorate). Officers belong
 * to one; visibility follows it.
 */
public record AgencyUnit(AgencyType agency, String jurisdiction) {

  /** Reads a unit id such as {@code PSB-310117}; empty when it is not one. */
  public static Optional<AgencyUnit> parse(String id) {
    if (id == null) {
      return Optional.empty();
    }
    int dash = id.indexOf('-');
    if (dash < 0) {
      return Optional.empty();
    }
    String jurisdiction = id.substring(dash + 1);
    if (!Districts.isKnown(jurisdiction)) {
      return Optional.empty();
    }
    return Arrays.stream(AgencyType.values())
        .filter(type -> type.unitIn(jurisdiction).equals(id))
        .findFirst()
        .map(type -> new AgencyUnit(type, jurisdiction));
  }

  public String id() {
    return agency.unitIn(jurisdiction);
  }

  /** Whether this unit's jurisdiction covers {@code district}. */
  public boolean covers(String district) {
    return Districts.covers(jurisdiction, district);
  }
}
