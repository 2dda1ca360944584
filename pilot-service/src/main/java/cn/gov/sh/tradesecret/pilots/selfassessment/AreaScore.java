package cn.gov.sh.tradesecret.pilots.selfassessment;

import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/**
 * The score of one area of a guide, e.g. {@code STAFF} (staff joining and leaving), 0 to 100.
 *
 * @param code the area's code in its guide
 * @param score the area's score
 */
@Embeddable
public record AreaScore(String code, BigDecimal score) {}
