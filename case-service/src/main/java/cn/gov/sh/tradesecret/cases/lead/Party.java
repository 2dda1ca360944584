package cn.gov.sh.tradesecret.cases.lead;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A rights holder or a suspected infringer: a company by its credit code, or a natural person by
 * name.
 */
@Embeddable
public record Party(
    @Column(name = "name") String name, @Column(name = "credit_code") String creditCode) {}
