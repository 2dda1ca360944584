package cn.gov.sh.tradesecret.enterprise.timestamp.web;

import cn.gov.sh.tradesecret.enterprise.timestamp.TimestampAuthority;
import cn.gov.sh.tradesecret.events.reference.AgencyType;
import cn.gov.sh.tradesecret.support.domain.DomainException;
import cn.gov.sh.tradesecret.support.security.Officer;
import java.io.IOException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The authority's RFC 3161 endpoint over HTTP (section 3.4): a DER {@code TimeStampReq} in ({@code
 * application/timestamp-query}), the DER {@code TimeStampResp} out ({@code
 * application/timestamp-reply}), as {@code openssl ts -query ... | curl --data-binary @-} expects.
 * A request the authority does not accept (another hash algorithm, another policy) is answered with
 * a rejection in the reply, as the RFC says; bytes that are no request at all get a problem detail.
 *
 * <p>Only the platform's own applications (agency PLATFORM, role SERVICE: audit-service, which has
 * the ledger's head signed) may call it; no person, not even an operator: an enterprise timestamps
 * its evidence by depositing it ({@code POST /api/deposits}), which also records the deposit, and a
 * token signed for anyone else would carry the platform's name over a fingerprint nobody recorded.
 */
@RestController
class TimestampingController {

  static final String SERVICE = "SERVICE";
  static final String QUERY = "application/timestamp-query";
  static final String REPLY = "application/timestamp-reply";

  /**
   * A SHA-512 request with a nonce and a policy is some 130 bytes; far above that is no request.
   */
  static final int MAX_REQUEST_BYTES = 4096;

  private final TimestampAuthority authority;

  TimestampingController(TimestampAuthority authority) {
    this.authority = authority;
  }

  @PostMapping(value = "/api/timestamping", consumes = QUERY, produces = REPLY)
  byte[] timestamp(@RequestBody byte[] query, Officer caller) throws IOException {
    Officer.require(
        caller.is(AgencyType.PLATFORM) && caller.hasRole(SERVICE),
        "only the platform's own applications have fingerprints timestamped here; an enterprise"
            + " deposits its evidence at /api/deposits");
    return authority.respond(request(query)).getEncoded();
  }

  private static TimeStampRequest request(byte[] query) {
    if (query.length > MAX_REQUEST_BYTES) {
      throw DomainException.invalidField(
          "request", "is larger than any RFC 3161 request (" + MAX_REQUEST_BYTES + " bytes)");
    }
    try {
      return new TimeStampRequest(query);
    } catch (IOException | RuntimeException e) { // BouncyCastle's ASN.1 parsing throws several
      throw DomainException.invalidField("request", "is not a DER-encoded RFC 3161 TimeStampReq");
    }
  }
}
