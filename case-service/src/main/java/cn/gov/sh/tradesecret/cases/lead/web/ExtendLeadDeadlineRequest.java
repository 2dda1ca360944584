package cn.gov.sh.tradesecret.cases.lead.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The head's approval of 15 more working days to decide on filing, with why. */
record ExtendLeadDeadlineRequest(@NotBlank @Size(max = 2000) String reason) {}
