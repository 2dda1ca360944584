package cn.gov.sh.tradesecret.referrals.referral.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The hand-over of the items involved after the filing.
 *
 * @param items the items, one description each
 */
record HandOverItemsRequest(
    @NotEmpty @Size(max = 200)
        List<
                @NotBlank @Size(max = 200)
                @Pattern(regexp = "[^\\n]*", message = "must not contain line breaks") String>
            items) {}
