package cn.gov.sh.tradesecret.cases.web;

import cn.gov.sh.tradesecret.support.domain.DomainException;

/**
 * Entity tags of leads and cases: their version. A change sent with {@code If-Match} names the
 * version the client saw; the lead or case itself refuses a stale one (412), which changes nothing.
 */
public final class ETags {

  private ETags() {}

  public static String of(long version) {
    return "\"" + version + "\"";
  }

  /** The version {@code If-Match} names, or null when the header is absent or {@code *}. */
  public static Long expectedVersion(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
      return null;
    }
    String tag = ifMatch.strip();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    try {
      return Long.parseLong(tag.replace("\"", ""));
    } catch (NumberFormatException e) {
      throw stale();
    }
  }

  private static DomainException stale() {
    return DomainException.stale(
        "the resource changed since it was read (If-Match does not match its ETag); read it again");
  }
}
