package cn.gov.sh.tradesecret.enterprise.report.web;

import cn.gov.sh.tradesecret.enterprise.report.SecretType;
import cn.gov.sh.tradesecret.support.validation.CreditCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * A suspected infringement as an enterprise reports it.
 *
 * @param enterpriseName the rights holder's name (one line)
 * @param district the district whose bureau is competent; its own district when absent
 * @param whatWasTaken what was taken: a description, never the secret itself (with {@code howTaken}
 *     short enough for the bureau's lead description)
 * @param evidenceFingerprints SHA-256 of each piece of evidence (64 hex digits), computed on the
 *     enterprise's side: the evidence itself never reaches the platform
 */
record SubmitReportRequest(
    @NotBlank @Size(max = 200) @Pattern(regexp = SINGLE_LINE, message = SINGLE_LINE_MESSAGE)
        String enterpriseName,
    @Size(max = 6) String district,
    @NotNull SecretType secretType,
    @NotBlank @Size(max = 1500) String whatWasTaken,
    @NotBlank @Size(max = 1500) String howTaken,
    @Size(max = 20) List<@NotNull @Valid SuspectRequest> suspects,
    @NotNull @DecimalMin("0") @Digits(integer = 16, fraction = 2) BigDecimal estimatedLoss,
    @NotEmpty @Size(max = 100)
        List<
                @NotNull
                @Pattern(
                    regexp = "[0-9a-fA-F]{64}",
                    message = "must be a SHA-256 fingerprint: 64 hexadecimal digits")
                String>
            evidenceFingerprints) {

  /** No control characters (line breaks included): names are printed on one line. */
  static final String SINGLE_LINE = "[^\\p{Cntrl}]*";

  static final String SINGLE_LINE_MESSAGE = "must be one line without control characters";

  /** A suspect: a company by its credit code, or a person by name. */
  record SuspectRequest(
      @NotBlank @Size(max = 200) @Pattern(regexp = SINGLE_LINE, message = SINGLE_LINE_MESSAGE)
          String name,
      @CreditCode String creditCode) {}
}
