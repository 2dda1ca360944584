package cn.gov.sh.tradesecret.cases.statistics;

import java.math.BigDecimal;

/**
 * The cases handled in a range that share one value of a fact: how many, and their amount involved
 * and losses recovered.
 *
 * @param dimension which fact
 * @param value the value ({@link Dimension} names the fixed ones), {@value #UNRECORDED} when no
 *     fact was recorded on the cases; the industry and the designation as written
 */
public record Breakdown(
    Dimension dimension,
    String value,
    long cases,
    BigDecimal amountInvolved,
    BigDecimal lossesRecovered) {

  public static final String UNRECORDED = "UNRECORDED";

  /** The facts the white paper breaks its figures down by. */
  public enum Dimension {
    /** {@code TECHNICAL} or {@code BUSINESS} information. */
    SECRET_TYPE,
    /** The industry as recorded. */
    INDUSTRY,
    /** {@code FOREIGN_RELATED} or {@code DOMESTIC}. */
    FOREIGN_RELATED,
    /**
     * {@code UNDER_300000}, {@code FROM_300000}, {@code FROM_2500000}: the amounts at which the
     * criminal law sees serious and especially serious circumstances (法释〔2025〕5号, BRIEF.md).
     */
    AMOUNT_INVOLVED,
    /** {@code RECOVERED} (more than nothing) or {@code NONE}. */
    LOSSES_RECOVERED,
    /** Typical cases: who designated them and the year, {@code "<by> <year>"}. */
    TYPICAL_CASE
  }
}
