package cn.gov.sh.tradesecret.console.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How pages write times and amounts, as {@code ${@formats.time(...)}}: times in Asia/Shanghai
 * whatever the officer's language, amounts in yuan with grouping.
 */
@Component("formats")
public class Formats {

  public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(SHANGHAI);

  /** An instant as the API writes it (ISO-8601), in Shanghai time; empty when absent. */
  public String time(Object instant) {
    if (instant == null || instant.toString().isBlank()) {
      return "";
    }
    return TIME.format(Instant.parse(instant.toString()));
  }

  /** An amount in yuan: {@code ¥350,000.00}. */
  public String yuan(Object amount) {
    if (amount == null) {
      return "";
    }
    NumberFormat format = NumberFormat.getCurrencyInstance(Locale.CHINA);
    return format.format(new BigDecimal(amount.toString()));
  }

  /** A count with grouping in the officer's language. */
  public String count(Object number) {
    if (number == null) {
      return "";
    }
    return NumberFormat.getIntegerInstance(LocaleContextHolder.getLocale())
        .format(new BigDecimal(number.toString()));
  }
}
