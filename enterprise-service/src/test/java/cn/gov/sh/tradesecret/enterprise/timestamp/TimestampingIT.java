package cn.gov.sh.tradesecret.enterprise.timestamp;

import static cn.gov.sh.tradesecret.enterprise.support.Enterprises.SONGJIANG_ENTERPRISE;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sh.tradesecret.testsupport.ApiClient;
import cn.gov.sh.tradesecret.testsupport.DemoAccount;
import cn.gov.sh.tradesecret.testsupport.Openssl;
import cn.gov.sh.tradesecret.testsupport.PlatformIntegrationTest;
import cn.gov.sh.tradesecret.testsupport.Problems;
import cn.gov.sh.tradesecret.testsupport.TestClock;
import cn.gov.sh.tradesecret.testsupport.TestIssuer;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bouncycastle.asn1.cmp.PKIFailureInfo;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The authority's RFC 3161 endpoint: the platform's applications get tokens that BouncyCastle and
 * {@code openssl ts -verify} accept against the published certificate; everyone else is refused,
 * and bytes that are no request get a problem detail.
 */
@PlatformIntegrationTest
class TimestampingIT {

  static final DemoAccount AUDIT_SERVICE =
      new DemoAccount("audit-service", "PLATFORM", "PLATFORM-310000", "310000", List.of("SERVICE"));

  @LocalServerPort int port;

  final HttpClient http = HttpClient.newHttpClient();

  ApiClient api;

  @BeforeEach
  void setUp() {
    api = ApiClient.onPort(port);
  }

  static byte[] sha256(String text) throws Exception {
    return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
  }

  static TimeStampRequest request(byte[] sha256) {
    TimeStampRequestGenerator requests = new TimeStampRequestGenerator();
    requests.setCertReq(true);
    return requests.generate(TSPAlgorithms.SHA256, sha256, BigInteger.valueOf(20261206L));
  }

  ApiClient.Response post(String token, String contentType, byte[] body) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/timestamping"))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    HttpResponse<byte[]> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    Map<String, String> headers = new LinkedHashMap<>();
    response.headers().map().forEach((name, values) -> headers.put(name, String.join(",", values)));
    return new ApiClient.Response(
        response.statusCode(), headers, new String(response.body(), StandardCharsets.ISO_8859_1));
  }

  static byte[] bytes(ApiClient.Response response) {
    return response.body().getBytes(StandardCharsets.ISO_8859_1);
  }

  X509Certificate publishedCertificate() throws Exception {
    String pem = api.withToken(null).get("/api/timestamping/certificate").body();
    return (X509Certificate)
        CertificateFactory.getInstance("X.509")
            .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
  }

  @Test
  void auditServiceGetsATokenOverItsImprintSignedByThePublishedCertificate() throws Exception {
    byte[] head = sha256("ledger head " + UUID.randomUUID());
    TimeStampRequest request = request(head);

    ApiClient.Response answer =
        post(TestIssuer.token(AUDIT_SERVICE), "application/timestamp-query", request.getEncoded());

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.header("content-type")).isEqualTo("application/timestamp-reply");
    TimeStampResponse reply = new TimeStampResponse(bytes(answer));
    assertThat(reply.getStatus()).isEqualTo(PKIStatus.GRANTED);
    reply.validate(request); // imprint, nonce, certificate requested and named
    reply
        .getTimeStampToken()
        .validate(new JcaSimpleSignerInfoVerifierBuilder().build(publishedCertificate()));
    assertThat(reply.getTimeStampToken().getTimeStampInfo().getGenTime().toInstant())
        .isBeforeOrEqualTo(TestClock.now());
    assertThat(reply.getTimeStampToken().getTimeStampInfo().getSerialNumber().bitLength())
        .as("a random serial above every deposit's")
        .isEqualTo(128);
  }

  @Test
  void theReplyVerifiesWithOpenssl(@TempDir Path files) throws Exception {
    Assumptions.assumeTrue(Openssl.isInstalled(), "openssl is not installed here");
    byte[] head = sha256("ledger head " + UUID.randomUUID());
    Path query = files.resolve("head.tsq");
    Files.write(query, request(head).getEncoded());

    ApiClient.Response answer =
        post(
            TestIssuer.token(AUDIT_SERVICE),
            "application/timestamp-query",
            Files.readAllBytes(query));

    assertThat(answer.status()).isEqualTo(200);
    Path reply = Files.write(files.resolve("head.tsr"), bytes(answer));
    Path certificate =
        Files.writeString(
            files.resolve("tsa.pem"),
            api.withToken(null).get("/api/timestamping/certificate").body());
    Openssl.Result verified =
        Openssl.run(
            "ts",
            "-verify",
            "-queryfile",
            query.toString(),
            "-in",
            reply.toString(),
            "-CAfile",
            certificate.toString());
    assertThat(verified.verified()).as(verified.output()).isTrue();
  }

  @Test
  void onlyThePlatformsOwnApplicationsMayCallItNotEvenAnOperator() throws Exception {
    byte[] query = request(sha256("x")).getEncoded();
    for (DemoAccount refused :
        List.of(
            DemoAccount.OPERATOR,
            SONGJIANG_ENTERPRISE,
            DemoAccount.SONGJIANG_OFFICER,
            DemoAccount.MUNICIPAL_PROCURATOR,
            DemoAccount.SONGJIANG_COURT_JUDGE)) {
      Problems.assertProblem(
          post(TestIssuer.token(refused), "application/timestamp-query", query), 403, "forbidden");
    }
    Problems.assertProblem(
        post(null, "application/timestamp-query", query), 401, "unauthenticated");
    Problems.assertProblem(
        post(TestIssuer.forgedToken(AUDIT_SERVICE), "application/timestamp-query", query),
        401,
        "unauthenticated");
  }

  @Test
  void bytesThatAreNoRequestGetAProblemNamingTheRequest() throws Exception {
    String token = TestIssuer.token(AUDIT_SERVICE);
    for (byte[] garbage :
        List.of(
            "not a request".getBytes(StandardCharsets.UTF_8),
            "请求 🕰️\u0000\u0007".getBytes(StandardCharsets.UTF_8),
            new byte[] {0x30, (byte) 0x82, 0x10, 0x00, 0x02},
            new byte[1024 * 1024])) {
      Problems.assertInvalid(post(token, "application/timestamp-query", garbage), "request");
    }
  }

  @Test
  void aRequestOverAnotherAlgorithmIsRejectedInTheReplyAsTheRfcSays() throws Exception {
    TimeStampRequest sha1 =
        new TimeStampRequestGenerator()
            .generate(TSPAlgorithms.SHA1, MessageDigest.getInstance("SHA-1").digest(new byte[1]));

    ApiClient.Response answer =
        post(TestIssuer.token(AUDIT_SERVICE), "application/timestamp-query", sha1.getEncoded());

    TimeStampResponse reply = new TimeStampResponse(bytes(answer));
    assertThat(reply.getStatus()).isEqualTo(PKIStatus.REJECTION);
    assertThat(reply.getFailInfo().intValue()).isEqualTo(PKIFailureInfo.badAlg);
    assertThat(reply.getTimeStampToken()).isNull();
  }

  @Test
  void aRequestOfAnotherMediaTypeIsRefused() throws Exception {
    ApiClient.Response answer =
        post(
            TestIssuer.token(AUDIT_SERVICE),
            "application/json",
            "{\"sha256\":\"00\"}".getBytes(StandardCharsets.UTF_8));

    assertThat(answer.status()).isEqualTo(415);
  }
}
