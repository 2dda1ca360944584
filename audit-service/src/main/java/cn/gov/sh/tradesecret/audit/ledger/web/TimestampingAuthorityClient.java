package cn.gov.sh.tradesecret.audit.ledger.web;

import cn.gov.sh.tradesecret.audit.ledger.LedgerSigningProperties;
import cn.gov.sh.tradesecret.audit.ledger.TimestampingAuthority;
import cn.gov.sh.tradesecret.audit.ledger.TimestampingUnavailableException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The platform's timestamping authority over HTTP: an RFC 3161 request (section 3.4) with a
 * client-credentials token of audit-service's own account, and the certificate the authority
 * publishes (or a configured file).
 */
@Component
class TimestampingAuthorityClient implements TimestampingAuthority {

  static final String TIMESTAMPING = "/api/timestamping";
  static final String CERTIFICATE = "/api/timestamping/certificate";
  private static final String REGISTRATION = "ledger-signing";
  private static final MediaType QUERY = MediaType.parseMediaType("application/timestamp-query");
  private static final MediaType REPLY = MediaType.parseMediaType("application/timestamp-reply");

  private final LedgerSigningProperties properties;
  private final RestClient authority;
  private final RestClient publicAuthority;
  private final SecureRandom random = new SecureRandom();

  TimestampingAuthorityClient(LedgerSigningProperties properties) {
    this.properties = properties;
    ClientRegistration registration =
        ClientRegistration.withRegistrationId(REGISTRATION)
            .clientId(properties.clientId())
            .clientSecret(properties.clientSecret())
            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
            .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
            .tokenUri(properties.tokenUri().toString())
            .build();
    InMemoryClientRegistrationRepository registrations =
        new InMemoryClientRegistrationRepository(registration);
    InMemoryOAuth2AuthorizedClientService tokens =
        new InMemoryOAuth2AuthorizedClientService(registrations);
    AuthorizedClientServiceOAuth2AuthorizedClientManager manager =
        new AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations, tokens);
    manager.setAuthorizedClientProvider(
        OAuth2AuthorizedClientProviderBuilder.builder().clientCredentials().build());
    OAuth2ClientHttpRequestInterceptor ownToken = new OAuth2ClientHttpRequestInterceptor(manager);
    ownToken.setClientRegistrationIdResolver(request -> REGISTRATION);
    // audit-service asks as itself, whoever triggered the signature: one token for all
    ownToken.setPrincipalResolver(request -> AUDIT_SERVICE);
    // a token the authority refuses (401, 403) is dropped: the next call gets a new one
    ownToken.setAuthorizationFailureHandler(
        OAuth2ClientHttpRequestInterceptor.authorizationFailureHandler(tokens));
    // an authority that is away fails a signature or a verification's check in seconds
    JdkClientHttpRequestFactory requests =
        new JdkClientHttpRequestFactory(
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
    requests.setReadTimeout(Duration.ofSeconds(10));
    this.authority =
        RestClient.builder()
            .baseUrl(properties.authorityUri().toString())
            .requestFactory(requests)
            .requestInterceptor(ownToken)
            .build();
    this.publicAuthority =
        RestClient.builder()
            .baseUrl(properties.authorityUri().toString())
            .requestFactory(requests)
            .build();
  }

  private static final Authentication AUDIT_SERVICE =
      new AnonymousAuthenticationToken(
          "audit-service", "audit-service", AuthorityUtils.createAuthorityList("ROLE_SERVICE"));

  /** Requested with a fresh nonce and the authority's certificate in the token. */
  @Override
  public TimeStampToken timestamp(byte[] sha256) {
    TimeStampRequestGenerator requests = new TimeStampRequestGenerator();
    requests.setCertReq(true);
    TimeStampRequest request =
        requests.generate(TSPAlgorithms.SHA256, sha256, new BigInteger(64, random));
    try {
      byte[] reply =
          authority
              .post()
              .uri(TIMESTAMPING)
              .contentType(QUERY)
              .accept(REPLY)
              .body(request.getEncoded())
              .retrieve()
              .body(byte[].class);
      TimeStampResponse response = new TimeStampResponse(reply);
      if (response.getStatus() != PKIStatus.GRANTED
          && response.getStatus() != PKIStatus.GRANTED_WITH_MODS) {
        throw new TimestampingUnavailableException(
            "the timestamping authority refused: " + response.getStatusString(), null);
      }
      response.validate(request);
      return response.getTimeStampToken();
    } catch (RestClientException | IllegalArgumentException e) {
      throw new TimestampingUnavailableException(
          "the timestamping authority did not answer: " + e.getMessage(), e);
    } catch (IOException | TSPException e) {
      throw new TimestampingUnavailableException(
          "the timestamping authority's answer is no valid token for the request", e);
    }
  }

  /** The configured file, else the one the authority publishes. */
  @Override
  public X509Certificate certificate() {
    try {
      byte[] pem =
          properties.certificateFile() != null
              ? Files.readAllBytes(properties.certificateFile())
              : publicAuthority.get().uri(CERTIFICATE).retrieve().body(byte[].class);
      if (pem == null) {
        throw new TimestampingUnavailableException("the authority published no certificate", null);
      }
      return (X509Certificate)
          CertificateFactory.getInstance("X.509")
              .generateCertificate(new ByteArrayInputStream(pem));
    } catch (RestClientException | IOException e) {
      throw new TimestampingUnavailableException(
          "the timestamping authority's certificate cannot be read: " + e.getMessage(), e);
    } catch (GeneralSecurityException e) {
      throw new TimestampingUnavailableException(
          "the timestamping authority's certificate is not a certificate", e);
    }
  }
}
