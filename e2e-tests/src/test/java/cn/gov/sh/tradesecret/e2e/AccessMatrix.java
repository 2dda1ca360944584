package cn.gov.sh.tradesecret.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The declared table of who may do what ({@code access-matrix.txt}): one line per endpoint, one
 * column per demo identity, each cell what that identity gets.
 */
record AccessMatrix(List<String> identities, Map<String, List<Access>> entries) {

  /** What an identity gets from an endpoint. */
  enum Access {
    /** Let past access control: 2xx, or a refusal by the resource's state (409, 412, 422, 428). */
    PERMITTED("Y"),
    /** Refused: 403, or 404 where the resource is not shown to exist for the caller. */
    REFUSED("-"),
    /** A list the caller may read, without the fixture of another district or unit in it. */
    FILTERED("F");

    final String cell;

    Access(String cell) {
      this.cell = cell;
    }

    static Access of(String cell) {
      return Arrays.stream(values())
          .filter(a -> a.cell.equals(cell))
          .findFirst()
          .orElseThrow(
              () -> new IllegalArgumentException("unknown cell '" + cell + "' (Y, - or F)"));
    }
  }

  static AccessMatrix load(String resource) {
    try (InputStream in = AccessMatrix.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " not found");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Parses the table: {@code #} comments, an {@code identities} line naming the columns, then
   * {@code METHOD /path cell...} lines.
   */
  static AccessMatrix parse(String text) {
    List<String> identities = null;
    Map<String, List<Access>> entries = new LinkedHashMap<>();
    for (String raw : text.split("\n")) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      List<String> words = List.of(line.split("\\s+"));
      if (words.get(0).equals("identities")) {
        identities = words.subList(1, words.size());
        continue;
      }
      if (identities == null) {
        throw new IllegalArgumentException("the identities line must come before the entries");
      }
      String endpoint = words.get(0) + " " + words.get(1);
      List<String> cells = words.subList(2, words.size());
      if (cells.size() != identities.size()) {
        throw new IllegalArgumentException(
            endpoint + ": " + cells.size() + " cells for " + identities.size() + " identities");
      }
      if (entries.put(endpoint, cells.stream().map(Access::of).toList()) != null) {
        throw new IllegalArgumentException(endpoint + " is listed twice");
      }
    }
    return new AccessMatrix(identities, entries);
  }

  AccessMatrix without(String endpoint) {
    Map<String, List<Access>> fewer = new LinkedHashMap<>(entries);
    fewer.remove(endpoint);
    return new AccessMatrix(identities, fewer);
  }

  Access expected(String endpoint, String identity) {
    return entries.get(endpoint).get(identities.indexOf(identity));
  }

  /**
   * Documented endpoints the table has no line for, and lines for endpoints no longer documented.
   */
  List<String> differencesFrom(Collection<String> documented) {
    List<String> problems = new ArrayList<>();
    new TreeSet<>(documented)
        .stream()
            .filter(e -> !entries.containsKey(e))
            .forEach(e -> problems.add("no entry in the access matrix for " + e));
    new TreeSet<>(entries.keySet())
        .stream()
            .filter(e -> !documented.contains(e))
            .forEach(
                e -> problems.add("the access matrix lists " + e + ", which no service documents"));
    return problems;
  }
}
