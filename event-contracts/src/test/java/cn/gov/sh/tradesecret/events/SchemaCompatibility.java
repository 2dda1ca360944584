package cn.gov.sh.tradesecret.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * What in a new schema breaks a consumer written against the published one of the same version: a
 * field removed (or renamed: removed and another added), retyped or otherwise constrained
 * differently, an optional field made required, or a new required field (events already on the
 * topics at that version lack it). Added optional fields and reworded descriptions break nothing.
 */
final class SchemaCompatibility {

  /** Words for people and who is told, not constraints: they may change at any version. */
  private static final Set<String> ANNOTATIONS =
      Set.of("description", "title", "$comment", EventSchemaGenerator.ADDRESSED_TO);

  private SchemaCompatibility() {}

  /** The breaking changes from {@code published} to {@code proposed}, one sentence each. */
  static List<String> breakingChanges(JsonNode published, JsonNode proposed) {
    List<String> changes = new ArrayList<>();
    compare("", published, proposed, changes);
    return changes;
  }

  private static void compare(String at, JsonNode published, JsonNode proposed, List<String> out) {
    if (!published.isObject() || !proposed.isObject()) {
      if (!published.equals(proposed)) {
        out.add(where(at) + " changed from " + published + " to " + proposed);
      }
      return;
    }
    compareProperties(at, published.path("properties"), proposed.path("properties"), out);
    compareRequired(at, published, proposed, out);
    Set<String> keywords = new HashSet<>(published.propertyNames());
    keywords.addAll(proposed.propertyNames());
    for (String keyword : keywords) {
      if (ANNOTATIONS.contains(keyword)
          || keyword.equals("properties")
          || keyword.equals("required")
          || keyword.equals("$id")) {
        continue;
      }
      if (!published.has(keyword)) {
        out.add(where(at) + ": '" + keyword + "' added: " + proposed.get(keyword));
      } else if (!proposed.has(keyword)) {
        out.add(where(at) + ": '" + keyword + "' removed: " + published.get(keyword));
      } else if (keyword.equals("$defs")) {
        compareProperties(child(at, "$defs"), published.get(keyword), proposed.get(keyword), out);
      } else {
        compare(at + "/" + keyword, published.get(keyword), proposed.get(keyword), out);
      }
    }
  }

  private static void compareProperties(
      String at, JsonNode published, JsonNode proposed, List<String> out) {
    for (String name : published.propertyNames()) {
      if (!proposed.has(name)) {
        out.add("field " + child(at, name) + " removed or renamed");
      } else {
        compare(child(at, name), published.get(name), proposed.get(name), out);
      }
    }
  }

  private static void compareRequired(
      String at, JsonNode published, JsonNode proposed, List<String> out) {
    Set<String> required = new HashSet<>();
    published.path("required").forEach(name -> required.add(name.asString()));
    for (JsonNode name : proposed.path("required")) {
      if (required.contains(name.asString())) {
        continue;
      }
      if (published.path("properties").has(name.asString())) {
        out.add("field " + child(at, name.asString()) + " made required");
      } else {
        out.add(
            "field "
                + child(at, name.asString())
                + " added as required (events already published lack it: make it @Nullable)");
      }
    }
  }

  private static String child(String at, String name) {
    return at.isEmpty() ? name : at + "." + name;
  }

  private static String where(String at) {
    return at.isEmpty() ? "the event" : at;
  }
}
