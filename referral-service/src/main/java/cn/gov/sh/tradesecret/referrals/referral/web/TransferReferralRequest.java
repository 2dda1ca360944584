package cn.gov.sh.tradesecret.referrals.referral.web;

import cn.gov.sh.tradesecret.referrals.referral.MaterialKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The transfer of an approved referral with its materials (art. 6: all five kinds).
 *
 * @param materials each material: kind, title, SHA-256 fingerprint of the document
 */
record TransferReferralRequest(@NotNull @Size(max = 50) List<@NotNull @Valid Material> materials) {

  record Material(
      @NotNull MaterialKind kind,
      @NotBlank
          @Size(max = 200)
          @Pattern(regexp = "[^\\n:]*", message = "must not contain ':' or line breaks")
          String title,
      @NotBlank
          @Pattern(
              regexp = "[0-9a-f]{64}",
              message = "must be a SHA-256 fingerprint in lower-case hex")
          String sha256) {}
}
