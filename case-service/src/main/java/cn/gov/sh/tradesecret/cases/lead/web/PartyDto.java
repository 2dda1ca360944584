package cn.gov.sh.tradesecret.cases.lead.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A company (with its 18-character unified social credit code) or a natural person (name only). */
record PartyDto(
    @NotBlank @Size(max = 200) String name,
    @Pattern(regexp = "[0-9A-HJ-NPQRTUWXY]{18}", message = "must be an 18-character unified social credit code")
    String creditCode) {}
