package cn.gov.sh.tradesecret.enterprise.deposit.web;

import cn.gov.sh.tradesecret.enterprise.deposit.EvidenceCategory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A fingerprint to deposit: the SHA-256 of the document, computed where the document is (the
 * enterprise's browser); the document never reaches the platform.
 *
 * @param title how the enterprise names the document (one line)
 * @param discloseDepositor whether a public verification of the fingerprint names the enterprise
 */
record DepositRequest(
    @NotNull @Pattern(regexp = SHA256, message = SHA256_MESSAGE) String sha256,
    @NotBlank
        @Size(max = 200)
        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must be one line without control characters")
        String title,
    @NotNull EvidenceCategory category,
    boolean discloseDepositor) {

  static final String SHA256 = "[0-9a-fA-F]{64}";
  static final String SHA256_MESSAGE = "must be a SHA-256 fingerprint: 64 hexadecimal digits";
}
