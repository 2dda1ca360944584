package cn.gov.sh.tradesecret.referrals.reverse.web;

import cn.gov.sh.tradesecret.referrals.reverse.ReverseReferral;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A matter the police refer back to a district's market-regulation bureau.
 *
 * @param district the district whose bureau takes it up
 * @param originalCaseId the administrative case it came from, if any
 * @param ground NO_CRIME or TOO_MINOR
 * @param rightsHolder name of the rights holder
 * @param suspects names of the suspected infringers
 * @param summary what the police found (no secret point)
 */
record SubmitReverseReferralRequest(
    @NotBlank @Size(max = 6) String district,
    @Size(max = 64) String originalCaseId,
    @NotNull ReverseReferral.Ground ground,
    @NotBlank @Size(max = 200) String rightsHolder,
    @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 40) String> suspects,
    @NotBlank @Size(max = 4000) String summary) {}
