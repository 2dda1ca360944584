package cn.gov.sh.tradesecret.notifications.webhook;

import cn.gov.sh.tradesecret.support.domain.DomainException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The form of an endpoint URL: absolute, http(s), with a host, no credentials in it. Where it may
 * point is {@link EndpointAddressGuard}'s to say.
 */
final class EndpointUrl {

  private EndpointUrl() {}

  /** The URL parsed, or a 400 problem naming {@code url}. */
  static URI parse(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw DomainException.invalidField("url", "must be a valid absolute URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!uri.isAbsolute()
        || uri.getHost() == null
        || !(scheme.equals("https") || scheme.equals("http"))) {
      throw DomainException.invalidField("url", "must be a valid absolute http(s) URL with a host");
    }
    if (uri.getUserInfo() != null) {
      throw DomainException.invalidField("url", "must not carry credentials");
    }
    return uri;
  }

  static boolean isPlainHttp(URI uri) {
    return uri.getScheme().equalsIgnoreCase("http");
  }
}
