package cn.gov.sh.tradesecret.cases.web;

import cn.gov.sh.tradesecret.support.domain.DomainException;
import java.util.List;

/**
 * Entity tags of leads and cases: their version. A change sent with {@code If-Match} applies only to
 * the version the client saw; a stale one gets 412 and changes nothing.
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

  /** 412 when {@code expected} is given and is not {@code actual}. */
  public static void check(Long expected, long actual) {
    if (expected != null && expected != actual) {
      throw stale();
    }
  }

  private static DomainException stale() {
    return DomainException.stale(
        "the resource changed since it was read (If-Match does not match its ETag); read it again");
  }
}
