package cn.gov.sh.tradesecret.testsupport.archfixture.service.feature;

import org.springframework.http.HttpStatus;

/** A domain class that speaks HTTP: what domainSpeaksNoHttp refuses. */
public class RefusalWithHttpStatus {
  public HttpStatus status() {
    return HttpStatus.CONFLICT;
  }
}
