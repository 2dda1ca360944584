package cn.gov.sh.tradesecret.enterprise.report;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A suspected infringer: a company by its credit code, or a natural person by name. */
@Embeddable
public record Suspect(
    @Column(name = "name") String name, @Column(name = "credit_code") String creditCode) {}
