package cn.gov.sh.tradesecret.audit.ledger;

import java.security.cert.X509Certificate;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * The platform's timestamping authority (enterprise-service), as the ledger needs it: tokens over
 * its head, and the certificate they verify against, which comes from the authority (or the
 * operator's configuration), never from the ledger's own database.
 */
public interface TimestampingAuthority {

  /**
   * A token of the authority over {@code sha256}, checked against the request (imprint, nonce).
   *
   * @throws TimestampingUnavailableException when the authority cannot be reached, refuses, or
   *     answers with anything but a matching token
   */
  TimeStampToken timestamp(byte[] sha256);

  /**
   * The certificate the authority's tokens verify against.
   *
   * @throws TimestampingUnavailableException when it cannot be had
   */
  X509Certificate certificate();
}
