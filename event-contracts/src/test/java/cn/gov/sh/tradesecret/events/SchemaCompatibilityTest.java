package cn.gov.sh.tradesecret.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Which changes to a published schema break its consumers, on a small event of two fields. */
class SchemaCompatibilityTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static final String PUBLISHED =
      """
      {"type": "object", "description": "A lead was registered.",
       "properties": {"data": {"type": "object", "properties": {
         "leadId": {"type": "string", "description": "the lead's id"},
         "claimedAmount": {"type": "number"},
         "note": {"type": ["string", "null"]}},
        "required": ["leadId", "claimedAmount"]}},
       "required": ["data"]}
      """;

  private static JsonNode published() {
    return JSON.readTree(PUBLISHED);
  }

  private static JsonNode proposed(String from, String to) {
    String changed = PUBLISHED.replace(from, to);
    assertThat(changed).as("the fixture contains " + from).isNotEqualTo(PUBLISHED);
    return JSON.readTree(changed);
  }

  @Test
  void theSameSchemaBreaksNothing() {
    assertThat(SchemaCompatibility.breakingChanges(published(), published())).isEmpty();
  }

  @Test
  void rewordedDescriptionsBreakNothing() {
    assertThat(
            SchemaCompatibility.breakingChanges(
                published(), proposed("the lead's id", "id of the lead (线索)")))
        .isEmpty();
  }

  @Test
  void anAddedOptionalFieldBreaksNothing() {
    assertThat(
            SchemaCompatibility.breakingChanges(
                published(),
                proposed(
                    "\"note\": {",
                    "\"industry\": {\"type\": [\"string\", \"null\"]}, \"note\": {")))
        .isEmpty();
  }

  @Test
  void aRemovedFieldBreaks() {
    JsonNode withoutNote = published().deepCopy();
    ((ObjectNode) withoutNote.get("properties").get("data").get("properties")).remove("note");

    assertThat(SchemaCompatibility.breakingChanges(published(), withoutNote))
        .containsExactly("field data.note removed or renamed");
  }

  @Test
  void aRenamedFieldBreaks() {
    assertThat(
            SchemaCompatibility.breakingChanges(
                published(), proposed("\"note\": {", "\"remark\": {")))
        .containsExactly("field data.note removed or renamed");
  }

  @Test
  void aRetypedFieldBreaks() {
    assertThat(
            SchemaCompatibility.breakingChanges(
                published(),
                proposed(
                    "\"claimedAmount\": {\"type\": \"number\"}",
                    "\"claimedAmount\": {\"type\": \"string\"}")))
        .containsExactly("data.claimedAmount/type changed from \"number\" to \"string\"");
  }

  @Test
  void anOptionalFieldMadeRequiredBreaks() {
    assertThat(
            SchemaCompatibility.breakingChanges(
                published(),
                proposed(
                    "\"required\": [\"leadId\", \"claimedAmount\"]",
                    "\"required\": [\"leadId\", \"claimedAmount\", \"note\"]")))
        .containsExactly("field data.note made required");
  }

  @Test
  void aNullableFieldMadeNonNullBreaks() {
    assertThat(
            SchemaCompatibility.breakingChanges(
                published(), proposed("[\"string\", \"null\"]", "\"string\"")))
        .containsExactly("data.note/type changed from [\"string\",\"null\"] to \"string\"");
  }

  @Test
  void aNewRequiredFieldBreaks() {
    assertThat(
            SchemaCompatibility.breakingChanges(
                published(),
                proposed(
                    "\"required\": [\"leadId\", \"claimedAmount\"]}",
                    "\"required\": [\"leadId\", \"claimedAmount\", \"industry\"]}")))
        .singleElement()
        .asString()
        .startsWith("field data.industry added as required");
  }
}
