package cn.gov.sh.tradesecret.enterprise.timestamp;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.SignerInformationVerifier;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * Issues RFC 3161 timestamp tokens: the platform signs that a SHA-256 fingerprint existed at the
 * time of its clock. The token carries the authority's certificate and an ESSCertIDv2 naming it, so
 * it verifies offline against the published certificate alone.
 */
public class TimestampAuthority {

  private final PrivateKey key;
  private final X509Certificate certificate;
  private final ASN1ObjectIdentifier policy;
  private final Clock clock;

  public TimestampAuthority(
      PrivateKey key, X509Certificate certificate, String policy, Clock clock) {
    this.key = key;
    this.certificate = certificate;
    this.policy = new ASN1ObjectIdentifier(policy);
    this.clock = clock;
  }

  /**
   * A token over {@code sha256} (32 bytes), with serial number {@code serial} and the current time.
   */
  public TimeStampToken stamp(byte[] sha256, BigInteger serial) {
    TimeStampRequestGenerator requests = new TimeStampRequestGenerator();
    requests.setCertReq(true);
    TimeStampRequest request = requests.generate(TSPAlgorithms.SHA256, sha256);
    try {
      return tokens().generate(request, serial, Date.from(clock.instant()));
    } catch (TSPException e) {
      throw new IllegalStateException("the timestamping authority cannot sign", e);
    }
  }

  /**
   * The RFC 3161 answer to a request of a client (section 2.4.2): a token when the request is
   * acceptable (an imprint of SHA-256, -384 or -512 of the right length; no policy, or this
   * authority's), else a rejection naming the failure. Each token gets a random serial number of
   * 128 bits, its top bit set, so it never repeats a deposit's (counted from 1) nor another's.
   */
  public TimeStampResponse respond(TimeStampRequest request) {
    try {
      return new TimeStampResponseGenerator(tokens(), ACCEPTED_ALGORITHMS, Set.of(policy))
          .generate(request, randomSerial(), Date.from(clock.instant()));
    } catch (TSPException e) {
      throw new IllegalStateException("the timestamping authority cannot answer", e);
    }
  }

  private static final Set<ASN1ObjectIdentifier> ACCEPTED_ALGORITHMS =
      Set.of(TSPAlgorithms.SHA256, TSPAlgorithms.SHA384, TSPAlgorithms.SHA512);

  private final SecureRandom random = new SecureRandom();

  private BigInteger randomSerial() {
    return BigInteger.ONE.shiftLeft(127).or(new BigInteger(127, random));
  }

  private TimeStampTokenGenerator tokens() {
    try {
      TimeStampTokenGenerator generator =
          new TimeStampTokenGenerator(
              new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withRSA", key, certificate),
              new JcaDigestCalculatorProviderBuilder()
                  .build()
                  .get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
              policy);
      generator.addCertificates(new JcaCertStore(List.of(certificate)));
      // the default is whole seconds: two deposits within a second would not be ordered
      generator.setResolution(TimeStampTokenGenerator.R_MILLISECONDS);
      return generator;
    } catch (OperatorCreationException | TSPException | CertificateEncodingException e) {
      throw new IllegalStateException("the timestamping authority cannot sign", e);
    }
  }

  /** Whether {@code token} was signed by this authority's key (its signature and certificate). */
  public boolean issued(TimeStampToken token) {
    try {
      SignerInformationVerifier verifier =
          new JcaSimpleSignerInfoVerifierBuilder().build(certificate);
      token.validate(verifier);
      return true;
    } catch (TSPException | OperatorCreationException e) {
      return false;
    }
  }

  /** The certificate to verify tokens against, in PEM. */
  public String certificatePem() {
    StringWriter pem = new StringWriter();
    try (JcaPEMWriter writer = new JcaPEMWriter(pem)) {
      writer.writeObject(certificate);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return pem.toString();
  }
}
