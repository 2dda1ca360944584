package cn.gov.sh.tradesecret.audit.ledger;

import cn.gov.sh.tradesecret.testsupport.TestClock;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * A real RFC 3161 authority for the tests (BouncyCastle, a fresh RSA key and a certificate with the
 * timeStamping key usage, on the {@link TestClock}), as enterprise-service's is; served over real
 * HTTP with the token endpoint of its one client, so audit-service gets its client-credentials
 * token and its timestamps as it does on the platform. It can be taken down (every call then
 * answers 503).
 */
final class TestTimestampingAuthority {

  static final String CLIENT_ID = "audit-service";
  static final String CLIENT_SECRET = "ledger-test-secret";

  private final KeyPair key;
  private final X509Certificate certificate;
  private final ASN1ObjectIdentifier policy = new ASN1ObjectIdentifier("1.3.6.1.4.1.59521.19.1");
  private final SecureRandom random = new SecureRandom();
  private final AtomicInteger serial = new AtomicInteger();
  private final AtomicBoolean down = new AtomicBoolean();
  private final Set<String> issuedTokens = ConcurrentHashMap.newKeySet();
  private HttpServer server;

  TestTimestampingAuthority() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048, random);
      key = generator.generateKeyPair();
      X500Name name = new X500Name("CN=Test Timestamping Authority " + UUID.randomUUID());
      certificate =
          new JcaX509CertificateConverter()
              .getCertificate(
                  new JcaX509v3CertificateBuilder(
                          name,
                          BigInteger.ONE,
                          Date.from(TestClock.suiteStart().minus(Duration.ofDays(365))),
                          Date.from(TestClock.suiteStart().plus(Duration.ofDays(3650))),
                          name,
                          key.getPublic())
                      .addExtension(
                          Extension.extendedKeyUsage,
                          true,
                          new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping))
                      .build(new JcaContentSignerBuilder("SHA256withRSA").build(key.getPrivate())));
    } catch (Exception e) {
      throw new IllegalStateException("cannot make the test authority", e);
    }
  }

  X509Certificate certificate() {
    return certificate;
  }

  String certificatePem() {
    StringWriter pem = new StringWriter();
    try (JcaPEMWriter writer = new JcaPEMWriter(pem)) {
      writer.writeObject(certificate);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return pem.toString();
  }

  /** A token over {@code sha256}, as the authority signs one, at the suite clock's time. */
  byte[] token(byte[] sha256) {
    TimeStampRequestGenerator requests = new TimeStampRequestGenerator();
    requests.setCertReq(true);
    try {
      return tokens()
          .generate(
              requests.generate(TSPAlgorithms.SHA256, sha256),
              BigInteger.valueOf(serial.incrementAndGet()),
              Date.from(TestClock.now()))
          .getEncoded();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private TimeStampTokenGenerator tokens() throws Exception {
    TimeStampTokenGenerator generator =
        new TimeStampTokenGenerator(
            new JcaSimpleSignerInfoGeneratorBuilder()
                .build("SHA256withRSA", key.getPrivate(), certificate),
            new JcaDigestCalculatorProviderBuilder()
                .build()
                .get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
            policy);
    generator.addCertificates(new JcaCertStore(List.of(certificate)));
    generator.setResolution(TimeStampTokenGenerator.R_MILLISECONDS);
    return generator;
  }

  /** Every call answers 503 from now on (or again normally). */
  void takeDown(boolean down) {
    this.down.set(down);
  }

  synchronized String uri() {
    if (server == null) {
      server = serve();
    }
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private HttpServer serve() {
    try {
      HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      http.createContext("/oauth2/token", this::issueToken);
      http.createContext("/api/timestamping/certificate", this::publishCertificate);
      http.createContext("/api/timestamping", this::timestamp);
      http.start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> http.stop(0), "test-tsa-shutdown"));
      return http;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void issueToken(HttpExchange exchange) throws IOException {
    String expected =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
    if (!"POST".equals(exchange.getRequestMethod())
        || !expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))
        || !new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)
            .contains("grant_type=client_credentials")) {
      answer(exchange, 401, "application/json", "{\"error\":\"invalid_client\"}".getBytes());
      return;
    }
    String token = UUID.randomUUID().toString();
    issuedTokens.add(token);
    answer(
        exchange,
        200,
        "application/json",
        ("{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":1800}")
            .getBytes(StandardCharsets.UTF_8));
  }

  private void publishCertificate(HttpExchange exchange) throws IOException {
    if (down.get()) {
      answer(exchange, 503, "text/plain", new byte[0]);
      return;
    }
    answer(
        exchange,
        200,
        "application/x-pem-file",
        certificatePem().getBytes(StandardCharsets.US_ASCII));
  }

  private void timestamp(HttpExchange exchange) throws IOException {
    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
    if (down.get()) {
      answer(exchange, 503, "text/plain", new byte[0]);
    } else if (authorization == null
        || !issuedTokens.contains(authorization.replaceFirst("^Bearer ", ""))) {
      answer(exchange, 401, "text/plain", new byte[0]);
    } else if (!"application/timestamp-query"
        .equals(exchange.getRequestHeaders().getFirst("Content-Type"))) {
      answer(exchange, 415, "text/plain", new byte[0]);
    } else {
      try {
        TimeStampRequest request = new TimeStampRequest(exchange.getRequestBody().readAllBytes());
        byte[] reply =
            new TimeStampResponseGenerator(tokens(), Set.of(TSPAlgorithms.SHA256))
                .generate(
                    request,
                    BigInteger.valueOf(serial.incrementAndGet()),
                    Date.from(TestClock.now()))
                .getEncoded();
        answer(exchange, 200, "application/timestamp-reply", reply);
      } catch (Exception e) {
        answer(exchange, 400, "text/plain", new byte[0]);
      }
    }
  }

  private static void answer(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().add("Content-Type", type);
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      exchange.getResponseBody().write(body);
    }
    exchange.close();
  }
}
