package cn.gov.sh.tradesecret.testsupport.archfixture.service.feature;

import cn.gov.sh.tradesecret.testsupport.archfixture.service.web.ETagHeader;

/** A service that reaches into its web package: what domainSpeaksNoHttp refuses. */
public class ServiceCallingWeb {
  public long version(String header) {
    return ETagHeader.parse(header);
  }
}
