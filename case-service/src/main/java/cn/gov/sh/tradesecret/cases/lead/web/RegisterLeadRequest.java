package cn.gov.sh.tradesecret.cases.lead.web;

import cn.gov.sh.tradesecret.cases.lead.LeadSource;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A lead as an officer registers it.
 *
 * @param claimedAmount claimed loss of the rights holder or illegal gain, in yuan
 * @param receivedAt when the bureau received it (defaults to now): the decision clock starts here
 */
record RegisterLeadRequest(
    @NotNull LeadSource source,
    @NotBlank @Size(max = 6) String district,
    @NotNull @Valid PartyDto rightsHolder,
    @Size(max = 50) List<@NotNull @Valid PartyDto> suspects,
    @NotBlank @Size(max = 4000) String description,
    @NotNull @PositiveOrZero @DecimalMax("100000000000") @Digits(integer = 12, fraction = 2)
        BigDecimal claimedAmount,
    Instant receivedAt) {}
