package cn.gov.sh.tradesecret.notifications.webhook;

import cn.gov.sh.tradesecret.support.domain.DomainException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;

/**
 * Keeps webhooks on the public internet (server-side request forgery): an endpoint whose host is,
 * or resolves to, an address that is not globally reachable is refused, unless the address is
 * inside {@code platform.notifications.webhooks.allowed-networks} (the operator's own receivers).
 * The blocks are those of the IANA special-purpose address registries for IPv4 and IPv6 (RFC 6890,
 * RFC 8190) whose "globally reachable" is false, multicast, and every IPv6 address outside the
 * global unicast space 2000::/3 (RFC 4291). Every address of the host must pass, since the HTTP
 * client may connect to any of them. Plain HTTP is allowed only to an allowed loopback address.
 * Checked at registration and again before every attempt (DNS may change).
 */
@Component
public class EndpointAddressGuard {

  private static final Logger log = LoggerFactory.getLogger(EndpointAddressGuard.class);

  /**
   * Address blocks refused unless allowed, each with the word the refusal uses for it; the first
   * that contains an address names it.
   */
  private static final List<Block> NOT_GLOBAL =
      List.of(
          // IPv4 special-purpose registry
          new Block("0.0.0.0/8", "this-network"), // RFC 791
          new Block("10.0.0.0/8", "private"), // RFC 1918
          new Block("100.64.0.0/10", "shared (carrier-grade NAT)"), // RFC 6598
          new Block("127.0.0.0/8", "loopback"), // RFC 1122
          new Block("169.254.0.0/16", "link-local"), // RFC 3927
          new Block("172.16.0.0/12", "private"), // RFC 1918
          new Block("192.0.0.0/24", "IETF protocol assignment"), // RFC 6890
          new Block("192.0.2.0/24", "documentation"), // RFC 5737 TEST-NET-1
          new Block("192.88.99.0/24", "6to4 relay anycast"), // RFC 7526 (deprecated)
          new Block("192.168.0.0/16", "private"), // RFC 1918
          new Block("198.18.0.0/15", "benchmarking"), // RFC 2544
          new Block("198.51.100.0/24", "documentation"), // RFC 5737 TEST-NET-2
          new Block("203.0.113.0/24", "documentation"), // RFC 5737 TEST-NET-3
          new Block("224.0.0.0/4", "multicast"), // RFC 5771
          new Block("255.255.255.255/32", "broadcast"), // RFC 919, RFC 8190
          new Block("240.0.0.0/4", "reserved"), // RFC 1112
          // IPv6 special-purpose registry
          new Block("::/128", "unspecified"), // RFC 4291
          new Block("::1/128", "loopback"), // RFC 4291
          // ::ffff:0:0/96, IPv4-mapped (RFC 4291): the JDK reads these as IPv4, see isMappedLiteral
          new Block("::/96", "IPv4-compatible"), // RFC 4291 (deprecated)
          new Block("64:ff9b::/96", "NAT64"), // RFC 6052
          new Block("64:ff9b:1::/48", "NAT64 (local use)"), // RFC 8215
          new Block("100::/64", "discard-only"), // RFC 6666
          new Block("100:0:0:1::/64", "dummy"), // RFC 9780
          new Block("2001::/32", "Teredo"), // RFC 4380
          new Block("2001:2::/48", "benchmarking"), // RFC 5180
          new Block("2001::/23", "IETF protocol assignment"), // RFC 2928
          new Block("2001:db8::/32", "documentation"), // RFC 3849
          new Block("2002::/16", "6to4"), // RFC 3056
          new Block("3fff::/20", "documentation"), // RFC 9637
          new Block("5f00::/16", "segment routing (SRv6)"), // RFC 9602
          new Block("fc00::/7", "unique-local (private)"), // RFC 4193
          new Block("fe80::/10", "link-local"), // RFC 4291
          new Block("fec0::/10", "site-local (private)"), // RFC 3879 (deprecated)
          new Block("ff00::/8", "multicast")); // RFC 4291

  /** Where IPv6 endpoints may be: global unicast (RFC 4291 2.4); the rest is reserved by IETF. */
  private static final IpAddressMatcher GLOBAL_UNICAST_V6 = new IpAddressMatcher("2000::/3");

  /** A CIDR block, matched by Spring Security's matcher (no host names: never a DNS query). */
  private record Block(IpAddressMatcher range, String kind) {
    Block(String cidr, String kind) {
      this(new IpAddressMatcher(cidr), kind);
    }
  }

  private final HostResolver resolver;
  private final List<IpAddressMatcher> allowed;

  EndpointAddressGuard(HostResolver resolver, WebhookProperties properties) {
    this.resolver = resolver;
    this.allowed =
        properties.allowedNetworks().stream()
            .filter(cidr -> !cidr.isBlank())
            .map(
                cidr -> {
                  try {
                    return new IpAddressMatcher(cidr.strip());
                  } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(
                        "platform.notifications.webhooks.allowed-networks: " + e.getMessage(), e);
                  }
                })
            .toList();
  }

  /** The URL normalized, if an endpoint may have it; else a 400 problem naming {@code url}. */
  String check(String url) {
    URI uri = EndpointUrl.parse(url);
    refusal(uri)
        .ifPresent(
            reason -> {
              throw DomainException.invalidField("url", reason);
            });
    return uri.toString();
  }

  /**
   * Why a message must not be sent to {@code url} now, if it must not (for the delivery log: the
   * kind of address, never the address itself, which the endpoint's owner would learn).
   */
  public Optional<String> refusal(String url) {
    try {
      return refusal(EndpointUrl.parse(url));
    } catch (DomainException e) {
      return Optional.of("not a valid http(s) URL");
    }
  }

  private Optional<String> refusal(URI uri) {
    String host = uri.getHost();
    String bare =
        host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    InetAddress[] addresses;
    try {
      addresses = resolver.resolve(bare);
    } catch (UnknownHostException e) {
      addresses = new InetAddress[0];
    }
    if (addresses == null || addresses.length == 0) {
      return Optional.of("host " + host + " does not resolve to an address");
    }
    boolean plainHttp = EndpointUrl.isPlainHttp(uri);
    for (InetAddress address : addresses) {
      String literal = withoutScope(address);
      Optional<String> kind =
          isMappedLiteral(bare, address) ? Optional.of("IPv4-mapped") : notGlobal(address);
      boolean admitted = allowed.stream().anyMatch(range -> matches(range, literal));
      if (kind.isPresent() && !admitted) {
        log.info(
            "Webhook URL host {} refused: {} is a {} address outside the allowed networks {}",
            host,
            literal,
            kind.get(),
            allowed);
        return Optional.of(
            "must not point to a "
                + kind.get()
                + " address (host "
                + host
                + "); only globally reachable addresses and the operator's allowed networks are"
                + " reachable");
      }
      if (plainHttp && !(address.isLoopbackAddress() && admitted)) {
        return Optional.of("must use HTTPS (plain HTTP only to an allowed loopback address)");
      }
    }
    return Optional.empty();
  }

  /** The kind of a not globally reachable address, if it is one. */
  private static Optional<String> notGlobal(InetAddress address) {
    String literal = withoutScope(address);
    Optional<String> kind =
        NOT_GLOBAL.stream()
            .filter(block -> matches(block.range(), literal))
            .map(Block::kind)
            .findFirst();
    if (kind.isEmpty() && address instanceof Inet6Address && !matches(GLOBAL_UNICAST_V6, literal)) {
      return Optional.of("reserved");
    }
    return kind;
  }

  /** The address as text, without an IPv6 zone ({@code %eth0}) the matcher would look up. */
  private static String withoutScope(InetAddress address) {
    String literal = address.getHostAddress();
    int zone = literal.indexOf('%');
    return zone < 0 ? literal : literal.substring(0, zone);
  }

  private static boolean matches(IpAddressMatcher range, String literal) {
    try {
      return range.matches(literal);
    } catch (IllegalArgumentException unparsable) { // e.g. a scope id of no interface here
      return false;
    }
  }

  /**
   * The JDK reads an IPv4-mapped literal ({@code [::ffff:10.0.0.1]}) as the IPv4 address: a URL
   * written so is refused as such, whatever the IPv4 address is.
   */
  private static boolean isMappedLiteral(String host, InetAddress address) {
    return host.contains(":") && address instanceof Inet4Address;
  }
}
