package cn.gov.sh.tradesecret.console.web;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * A form's values as the APIs take them. What the console cannot read (a malformed amount) goes to
 * the API as typed, so the API's problem detail names the field: the console judges nothing.
 */
public final class FormValues {

  private FormValues() {}

  /** The field's text, or null when blank (the API's "required" applies). */
  public static String text(Map<String, String> form, String field) {
    String value = form.get(field);
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** A decimal amount, or the text as typed when it is none. */
  public static Object number(Map<String, String> form, String field) {
    String value = text(form, field);
    if (value == null) {
      return null;
    }
    try {
      return new BigDecimal(value.replace(",", ""));
    } catch (NumberFormatException e) {
      return value;
    }
  }

  /** A checkbox: present means true. */
  public static boolean checked(Map<String, String> form, String field) {
    return form.containsKey(field);
  }

  /**
   * A local date and time the officer typed ({@code datetime-local}, Shanghai time) as an instant,
   * or the text as typed when it is none.
   */
  public static Object instant(Map<String, String> form, String field) {
    String value = text(form, field);
    if (value == null) {
      return null;
    }
    try {
      return LocalDateTime.parse(value).atZone(Formats.SHANGHAI).toInstant().toString();
    } catch (DateTimeParseException e) {
      return value;
    }
  }
}
