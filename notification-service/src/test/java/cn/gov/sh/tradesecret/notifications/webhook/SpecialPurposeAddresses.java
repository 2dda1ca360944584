package cn.gov.sh.tradesecret.notifications.webhook;

import java.util.Arrays;
import java.util.List;

/**
 * The address table of the webhook address guard's tests: the blocks of the IANA IPv4 and IPv6
 * special-purpose address registries that are not globally reachable (with the RFC of each in
 * {@link EndpointAddressGuard}), and their public neighbours.
 */
public final class SpecialPurposeAddresses {

  private SpecialPurposeAddresses() {}

  /**
   * Every block of the IANA special-purpose registries that is not globally reachable, multicast
   * and the reserved IPv6 space, at both edges where a neighbour is public: address | kind.
   */
  public static final String[] NOT_GLOBAL = {
    "0.0.0.0 | this-network",
    "0.255.255.255 | this-network",
    "10.0.0.0 | private",
    "10.255.255.255 | private",
    "100.64.0.0 | shared",
    "100.127.255.255 | shared",
    "100.100.100.200 | shared",
    "127.0.0.1 | loopback",
    "127.255.255.255 | loopback",
    "169.254.0.0 | link-local",
    "169.254.169.254 | link-local",
    "169.254.255.255 | link-local",
    "172.16.0.0 | private",
    "172.31.255.255 | private",
    "192.0.0.0 | IETF protocol assignment",
    "192.0.0.255 | IETF protocol assignment",
    "192.0.2.0 | documentation",
    "192.0.2.2 | documentation",
    "192.0.2.255 | documentation",
    "192.88.99.0 | 6to4 relay",
    "192.88.99.255 | 6to4 relay",
    "192.168.0.0 | private",
    "192.168.255.255 | private",
    "198.18.0.0 | benchmarking",
    "198.19.255.255 | benchmarking",
    "198.51.100.0 | documentation",
    "198.51.100.255 | documentation",
    "203.0.113.0 | documentation",
    "203.0.113.255 | documentation",
    "224.0.0.0 | multicast",
    "239.255.255.255 | multicast",
    "240.0.0.0 | reserved",
    "255.255.255.254 | reserved",
    "255.255.255.255 | broadcast",
    "::| unspecified",
    "::1 | loopback",
    "::ffff:0.0.0.0 | IPv4-mapped",
    "::ffff:8.8.8.8 | IPv4-mapped",
    "::ffff:ffff:ffff | IPv4-mapped",
    "::2 | IPv4-compatible",
    "::8.8.8.8 | IPv4-compatible",
    "::ffff:ffff | IPv4-compatible",
    "64:ff9b:: | NAT64",
    "64:ff9b::a00:1 | NAT64",
    "64:ff9b::808:808 | NAT64",
    "64:ff9b::ffff:ffff | NAT64",
    "64:ff9b:1:: | NAT64 (local use)",
    "64:ff9b:1:ffff:ffff:ffff:ffff:ffff | NAT64 (local use)",
    "100:: | discard-only",
    "100::ffff:ffff:ffff:ffff | discard-only",
    "2001:: | Teredo",
    "2001:0:ffff:ffff:ffff:ffff:ffff:ffff | Teredo",
    "2001:2:: | benchmarking",
    "2001:2:0:ffff:ffff:ffff:ffff:ffff | benchmarking",
    "2001:1::1 | IETF protocol assignment",
    "2001:1ff:ffff:ffff:ffff:ffff:ffff:ffff | IETF protocol assignment",
    "2001:db8:: | documentation",
    "2001:db8:ffff:ffff:ffff:ffff:ffff:ffff | documentation",
    "2002:: | 6to4",
    "2002:a00:1:: | 6to4",
    "3fff:: | documentation",
    "3fff:fff:ffff:ffff:ffff:ffff:ffff:ffff | documentation",
    "5f00::1 | segment routing",
    "fc00:: | unique-local",
    "fd12:3456::1 | unique-local",
    "fdff:ffff:ffff:ffff:ffff:ffff:ffff:ffff | unique-local",
    "fe80:: | link-local",
    "febf:ffff:ffff:ffff:ffff:ffff:ffff:ffff | link-local",
    "fec0::1 | site-local",
    "ff00:: | multicast",
    "ff02::1 | multicast",
    "4000:: | reserved",
    "1fff:ffff:ffff:ffff:ffff:ffff:ffff:ffff | reserved",
    "e000::1 | reserved"
  };

  /** The public neighbours of those blocks, and a few well-known public addresses. */
  public static final String[] GLOBAL = {
    "1.0.0.0",
    "8.8.8.8",
    "9.255.255.255",
    "11.0.0.0",
    "100.63.255.255",
    "100.128.0.0",
    "126.255.255.255",
    "128.0.0.0",
    "169.253.255.255",
    "169.255.0.0",
    "172.15.255.255",
    "172.32.0.0",
    "191.255.255.255",
    "192.0.1.0",
    "192.0.3.0",
    "192.88.98.255",
    "192.88.100.0",
    "192.167.255.255",
    "192.169.0.0",
    "198.17.255.255",
    "198.20.0.0",
    "198.51.99.255",
    "198.51.101.0",
    "203.0.112.255",
    "203.0.114.0",
    "223.255.255.255",
    "2001:200::",
    "2001:4860:4860::8888",
    "2001:db7:ffff:ffff:ffff:ffff:ffff:ffff",
    "2001:db9::",
    "2003::",
    "240e::1",
    "3ffe:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
    "3fff:1000::"
  };

  /** The address of a {@link #NOT_GLOBAL} row. */
  public static String address(String row) {
    return row.split("\\|")[0].strip();
  }

  /** The word a refusal uses for the address of a {@link #NOT_GLOBAL} row. */
  public static String kind(String row) {
    return row.split("\\|")[1].strip();
  }

  /**
   * The rows a DNS name can resolve to: the JDK reads an IPv4-mapped address in a DNS answer as the
   * IPv4 address (which is then checked as such), so only a URL can spell one.
   */
  public static List<String> byName() {
    return Arrays.stream(NOT_GLOBAL).filter(row -> !kind(row).equals("IPv4-mapped")).toList();
  }

  /** The hosts of URLs that reach {@code address}: its literal, and {@code name} if DNS can. */
  public static List<String> hosts(String address, String name) {
    return byName().stream().anyMatch(row -> address(row).equals(address))
        ? List.of(literal(address), name)
        : List.of(literal(address));
  }

  /** The address as a URL's host: IPv6 in brackets. */
  public static String literal(String address) {
    return address.contains(":") ? "[" + address + "]" : address;
  }
}
