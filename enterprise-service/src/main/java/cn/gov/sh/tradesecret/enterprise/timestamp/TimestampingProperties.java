package cn.gov.sh.tradesecret.enterprise.timestamp;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the timestamping authority ({@code platform.timestamping.*}).
 *
 * @param keyFile PEM file of the signing key (PKCS #8), given together with {@code certificateFile}
 * @param certificateFile PEM file of its certificate, with the critical extended key usage
 *     timeStamping (RFC 3161, 2.3)
 * @param directory where a self-signed demo pair is generated on first start and kept, when no key
 *     and certificate are configured
 * @param policy the TSA policy OID written into every token
 */
@ConfigurationProperties("platform.timestamping")
public record TimestampingProperties(
    Path keyFile,
    Path certificateFile,
    @DefaultValue("data/timestamping") Path directory,
    @DefaultValue("1.3.6.1.4.1.59521.19.1") String policy) {

  public TimestampingProperties {
    if ((keyFile == null) != (certificateFile == null)) {
      throw new IllegalArgumentException(
          "platform.timestamping.key-file and certificate-file go together");
    }
  }
}
