package cn.gov.sh.tradesecret.support.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * PostgreSQL cannot store the NUL character (U+0000) in text, so every string read from a request
 * body or an event is refused when it holds one: a 400 naming the field, before anything is stored,
 * instead of a 500 from the database half-way through. Other control characters are stored as
 * given; the fields that must be single-line say so in their own validation.
 */
public final class StorableText extends SimpleModule {

  /** What a field holding U+0000 is told. */
  public static final String REFUSAL = "must not contain the NUL character (U+0000)";

  public StorableText() {
    super("storable-text");
    addDeserializer(String.class, new NulRefusingDeserializer());
  }

  /** Whether PostgreSQL can store {@code text}; for text read otherwise than from JSON (CSV...). */
  public static boolean isStorable(String text) {
    return text == null || text.indexOf('\0') < 0;
  }

  /** A string holding U+0000: {@link ApiExceptionHandler} names its field. */
  public static final class UnstorableTextException extends InvalidFormatException {
    UnstorableTextException(JsonParser parser, String value) {
      super(parser, "text contains the NUL character (U+0000)", value, String.class);
    }
  }

  private static final class NulRefusingDeserializer extends StringDeserializer {
    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
      String value = super.deserialize(parser, context);
      if (!isStorable(value)) {
        throw new UnstorableTextException(parser, value);
      }
      return value;
    }
  }
}
