package cn.gov.sh.tradesecret.notifications.webhook;

import cn.gov.sh.tradesecret.support.domain.DomainException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps webhooks away from the platform's own network (server-side request forgery): an endpoint
 * whose host is, or resolves to, a loopback, link-local (cloud metadata included), private, shared
 * (carrier-grade NAT, Alibaba Cloud's metadata at 100.100.100.200), unspecified, multicast,
 * broadcast or reserved address is refused, unless the address is inside {@code
 * platform.notifications.webhooks.allowed-networks}. Every address of the host must pass, since the
 * HTTP client may connect to any of them. Plain HTTP is allowed only to an allowed loopback
 * address. Checked at registration and again before every attempt (DNS may change).
 */
@Component
public class EndpointAddressGuard {

  private static final Logger log = LoggerFactory.getLogger(EndpointAddressGuard.class);

  /** Address blocks refused unless allowed, each with the word the refusal uses for it. */
  private static final List<Block> INTERNAL =
      List.of(
          new Block("0.0.0.0/8", "unspecified"),
          new Block("10.0.0.0/8", "private"),
          new Block("100.64.0.0/10", "shared (carrier-grade NAT)"),
          new Block("127.0.0.0/8", "loopback"),
          new Block("169.254.0.0/16", "link-local"),
          new Block("172.16.0.0/12", "private"),
          new Block("192.168.0.0/16", "private"),
          new Block("224.0.0.0/4", "multicast"),
          new Block("255.255.255.255/32", "broadcast"),
          new Block("240.0.0.0/4", "reserved"),
          new Block("::/128", "unspecified"),
          new Block("::1/128", "loopback"),
          new Block("fe80::/10", "link-local"),
          new Block("fec0::/10", "private (site-local)"),
          new Block("fc00::/7", "private"),
          new Block("ff00::/8", "multicast"));

  /** IPv6 blocks that carry an IPv4 address in their last 32 bits (IPv4-compatible, NAT64). */
  private static final List<NetworkRange> EMBEDDING_IPV4 =
      List.of(NetworkRange.parse("::/96"), NetworkRange.parse("64:ff9b::/96"));

  private record Block(NetworkRange range, String kind) {
    Block(String cidr, String kind) {
      this(NetworkRange.parse(cidr), kind);
    }
  }

  private final HostResolver resolver;
  private final List<NetworkRange> allowed;

  EndpointAddressGuard(HostResolver resolver, WebhookProperties properties) {
    this.resolver = resolver;
    this.allowed =
        properties.allowedNetworks().stream()
            .filter(cidr -> !cidr.isBlank())
            .map(
                cidr -> {
                  try {
                    return NetworkRange.parse(cidr);
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
      InetAddress effective = embeddedIpv4(address).orElse(address);
      Optional<String> kind =
          INTERNAL.stream()
              .filter(block -> block.range().contains(effective))
              .map(Block::kind)
              .findFirst();
      boolean admitted =
          allowed.stream().anyMatch(range -> range.contains(address) || range.contains(effective));
      if (kind.isPresent() && !admitted) {
        log.info(
            "Webhook URL host {} refused: {} is a {} address outside the allowed networks {}",
            host,
            address.getHostAddress(),
            kind.get(),
            allowed);
        return Optional.of(
            "must not point to a "
                + kind.get()
                + " address (host "
                + host
                + "); only public addresses and the operator's allowed networks are reachable");
      }
      if (plainHttp && !(effective.isLoopbackAddress() && admitted)) {
        return Optional.of("must use HTTPS (plain HTTP only to an allowed loopback address)");
      }
    }
    return Optional.empty();
  }

  /** The IPv4 address inside an IPv4-compatible (::a.b.c.d) or NAT64 (64:ff9b::a.b.c.d) address. */
  private static Optional<InetAddress> embeddedIpv4(InetAddress address) {
    if (!(address instanceof Inet6Address)
        || EMBEDDING_IPV4.stream().noneMatch(range -> range.contains(address))) {
      return Optional.empty();
    }
    byte[] bytes = address.getAddress();
    if (Arrays.equals(bytes, new byte[16])
        || (bytes[15] == 1 && Arrays.equals(Arrays.copyOf(bytes, 15), new byte[15]))) {
      return Optional.empty(); // :: and ::1 are themselves
    }
    try {
      return Optional.of(
          (Inet4Address) InetAddress.getByAddress(Arrays.copyOfRange(bytes, 12, 16)));
    } catch (UnknownHostException impossible) {
      return Optional.empty();
    }
  }
}
