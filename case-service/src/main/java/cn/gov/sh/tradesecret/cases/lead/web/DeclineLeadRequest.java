package cn.gov.sh.tradesecret.cases.lead.web;

import cn.gov.sh.tradesecret.cases.lead.DeclineReason;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The decision not to file a case, with the reasons in writing. */
record DeclineLeadRequest(
    @NotNull DeclineReason reasonCode, @NotBlank @Size(max = 2000) String reason) {}
