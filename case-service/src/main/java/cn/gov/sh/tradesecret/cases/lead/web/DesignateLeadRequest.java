package cn.gov.sh.tradesecret.cases.lead.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * The municipal bureau's designation of the lead's district bureau (SAMR Order No. 126).
 *
 * @param documentNumber the designation document's number, e.g. 沪市监法〔2026〕12号
 */
record DesignateLeadRequest(
    @NotBlank
        @Pattern(
            regexp = "[^\\p{Cntrl}\\p{So}\\p{Cs}]{0,100}",
            message =
                "must be a document number of at most 100 characters, no control characters"
                    + " or symbols")
        String documentNumber) {}
