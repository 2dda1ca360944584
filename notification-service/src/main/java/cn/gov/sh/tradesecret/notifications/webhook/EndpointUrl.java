package cn.gov.sh.tradesecret.notifications.webhook;

import cn.gov.sh.tradesecret.support.web.ApiException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The rules of an endpoint URL: absolute, http(s), with a host, no credentials in it, and HTTPS
 * unless it is a loopback address (an agency's local adapter or a test receiver).
 */
final class EndpointUrl {

  private EndpointUrl() {}

  static String check(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw ApiException.invalidField("url", "must be a valid absolute URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!uri.isAbsolute() || uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
      throw ApiException.invalidField("url", "must be a valid absolute http(s) URL with a host");
    }
    if (uri.getUserInfo() != null) {
      throw ApiException.invalidField("url", "must not carry credentials");
    }
    if (scheme.equals("http") && !isLoopback(uri.getHost())) {
      throw ApiException.invalidField("url", "must use HTTPS (plain HTTP only to a loopback address)");
    }
    return uri.toString();
  }

  private static boolean isLoopback(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    return h.equals("localhost") || h.equals("[::1]") || h.equals("::1") || h.matches("127(\\.\\d{1,3}){3}");
  }
}
