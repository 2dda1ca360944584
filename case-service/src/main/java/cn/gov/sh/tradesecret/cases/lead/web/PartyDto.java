package cn.gov.sh.tradesecret.cases.lead.web;

import cn.gov.sh.tradesecret.support.validation.CreditCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A company (with its 18-character unified social credit code, whose check character is verified,
 * GB 32100-2015) or a natural person (name only).
 */
record PartyDto(@NotBlank @Size(max = 200) String name, @CreditCode String creditCode) {}
