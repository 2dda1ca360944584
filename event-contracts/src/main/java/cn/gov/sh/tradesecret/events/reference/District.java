package cn.gov.sh.tradesecret.events.reference;

/**
 * A jurisdiction of Shanghai: the municipality, one of its 16 districts (GB/T 2260 code) or the
 * Lingang New Area (a platform code, it has no division code of its own).
 *
 * @param code six-character code
 * @param nameEn English name
 * @param nameZh Chinese name
 * @param nationalPilotRegion one of the four national trade-secret pilot regions
 */
public record District(String code, String nameEn, String nameZh, boolean nationalPilotRegion) {

  public boolean isMunicipal() {
    return Districts.MUNICIPAL.equals(code);
  }
}
