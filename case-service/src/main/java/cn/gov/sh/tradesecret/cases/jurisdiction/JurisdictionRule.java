package cn.gov.sh.tradesecret.cases.jurisdiction;

import java.time.LocalDate;

/**
 * A rule on which bureaus file trade-secret cases.
 *
 * @param id e.g. {@code SAMR-ORDER-126}
 * @param title its title as officers read it
 * @param validFrom the day it came into force
 * @param districtWithDesignation whether a district bureau may file with the municipal bureau's
 *     designation (else only the municipal bureau files)
 * @param source where it comes from
 */
public record JurisdictionRule(
    String id, String title, LocalDate validFrom, boolean districtWithDesignation, String source) {}
