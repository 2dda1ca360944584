package cn.gov.sh.tradesecret.audit.ledger;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the ledger's head is signed ({@code platform.ledger.signing.*}).
 *
 * @param authorityUri the timestamping authority (enterprise-service): it answers RFC 3161 requests
 *     at {@code /api/timestamping} and publishes its certificate at {@code
 *     /api/timestamping/certificate}
 * @param certificateFile the authority's certificate (PEM), to verify tokens against it rather than
 *     against the one the authority publishes; never read from the ledger's database
 * @param tokenUri identity-service's token endpoint
 * @param clientId audit-service's own account (client credentials)
 * @param clientSecret its secret
 * @param interval how often the head is signed when it has moved; zero signs only on demand
 */
@ConfigurationProperties("platform.ledger.signing")
public record LedgerSigningProperties(
    @DefaultValue("http://localhost:8087") URI authorityUri,
    Path certificateFile,
    @DefaultValue("http://localhost:9000/oauth2/token") URI tokenUri,
    @DefaultValue("audit-service") String clientId,
    String clientSecret,
    @DefaultValue("1h") Duration interval) {

  public LedgerSigningProperties {
    if (certificateFile != null && certificateFile.toString().isEmpty()) {
      certificateFile = null; // the variable set to nothing
    }
    if (interval.isNegative()) {
      throw new IllegalArgumentException("platform.ledger.signing.interval must not be negative");
    }
  }

  /** Whether the head is signed on a schedule, besides on demand. */
  public boolean scheduled() {
    return !interval.isZero();
  }
}
