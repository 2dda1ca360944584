package cn.gov.sh.tradesecret.audit.ledger;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * The check of one signed head: the RFC 3161 token is signed by the authority's certificate (and
 * names it, and was issued while it was valid), and its imprint is the SHA-256 entry hash that the
 * chain, recomputed, gives the entry.
 */
final class HeadSignature {

  private HeadSignature() {}

  /**
   * Why {@code token} does not sign {@code entryHash} as the authority holding {@code certificate};
   * null when it does.
   */
  static String problem(byte[] token, X509Certificate certificate, String entryHash) {
    TimeStampToken read;
    try {
      read = new TimeStampToken(new CMSSignedData(token));
    } catch (CMSException | TSPException | IOException | RuntimeException e) {
      return "its timestamp token is unreadable";
    }
    try {
      read.validate(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
    } catch (TSPException | OperatorCreationException e) {
      return "its timestamp token is not signed by the timestamping authority";
    }
    if (!TSPAlgorithms.SHA256.equals(read.getTimeStampInfo().getMessageImprintAlgOID())
        || !Arrays.equals(
            read.getTimeStampInfo().getMessageImprintDigest(),
            HexFormat.of().parseHex(entryHash))) {
      return "the timestamping authority signed another hash for it";
    }
    return null;
  }

  /** When the authority signed {@code token} (its genTime). */
  static Instant signedAt(byte[] token) {
    try {
      return new TimeStampToken(new CMSSignedData(token))
          .getTimeStampInfo()
          .getGenTime()
          .toInstant();
    } catch (CMSException | TSPException | IOException e) {
      throw new IllegalArgumentException("not a timestamp token", e);
    }
  }
}
