package cn.gov.sh.tradesecret.testsupport.archfixture.service.web;

import org.springframework.http.HttpHeaders;

/** Web code may use HTTP types. */
public class ETagHeader {
  public static final String NAME = HttpHeaders.ETAG;

  public static long parse(String header) {
    return Long.parseLong(header.replace("\"", ""));
  }
}
