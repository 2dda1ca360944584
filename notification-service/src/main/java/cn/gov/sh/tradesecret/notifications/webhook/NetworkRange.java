package cn.gov.sh.tradesecret.notifications.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * A CIDR block such as {@code 10.0.0.0/8} or {@code fc00::/7}; a bare address is a block of one.
 * Only address literals are accepted: a host name here would mean a DNS query at start.
 */
final class NetworkRange {

  private final byte[] network;
  private final int prefix;
  private final String text;

  private NetworkRange(byte[] network, int prefix, String text) {
    this.network = network;
    this.prefix = prefix;
    this.text = text;
  }

  /**
   * Parses {@code address[/prefix]}; host bits set in the address are ignored (10.1.2.3/8 is
   * 10.0.0.0/8).
   */
  static NetworkRange parse(String cidr) {
    String value = cidr.trim();
    int slash = value.indexOf('/');
    String address = slash < 0 ? value : value.substring(0, slash);
    boolean ipv6 = address.contains(":");
    if (!ipv6 && !address.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
      throw new IllegalArgumentException("'" + cidr + "' is not an IPv4 or IPv6 CIDR block");
    }
    byte[] bytes;
    try {
      // a literal (dotted quad, or contains ':'): parsed, never looked up
      bytes = InetAddress.getByName(address).getAddress();
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("'" + cidr + "' is not an IPv4 or IPv6 CIDR block");
    }
    if (ipv6 && bytes.length == 4) {
      throw new IllegalArgumentException("'" + cidr + "': write an IPv4-mapped block as IPv4");
    }
    int prefix;
    try {
      prefix = slash < 0 ? bytes.length * 8 : Integer.parseInt(value.substring(slash + 1));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + cidr + "' has no valid prefix length");
    }
    if (prefix < 0 || prefix > bytes.length * 8) {
      throw new IllegalArgumentException("'" + cidr + "' has a prefix length out of range");
    }
    return new NetworkRange(mask(bytes, prefix), prefix, value);
  }

  boolean contains(InetAddress address) {
    byte[] bytes = address.getAddress();
    return bytes.length == network.length && Arrays.equals(mask(bytes, prefix), network);
  }

  private static byte[] mask(byte[] bytes, int prefix) {
    byte[] masked = bytes.clone();
    for (int bit = prefix; bit < masked.length * 8; bit++) {
      masked[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
    }
    return masked;
  }

  @Override
  public String toString() {
    return text;
  }
}
