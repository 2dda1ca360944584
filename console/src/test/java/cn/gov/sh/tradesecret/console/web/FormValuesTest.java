package cn.gov.sh.tradesecret.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The console passes what the officer typed to the API, which alone judges it. */
class FormValuesTest {

  @Test
  void aMalformedAmountGoesToTheApiAsTyped() {
    assertThat(FormValues.number(Map.of("fine", "150,000"), "fine"))
        .isEqualTo(new BigDecimal("150000"));
    assertThat(FormValues.number(Map.of("fine", "十五万"), "fine")).isEqualTo("十五万");
  }

  @Test
  void blankIsAbsentAndTextIsKeptWithEmojiAndControlCharacters() {
    assertThat(FormValues.text(Map.of("name", "   "), "name")).isNull();
    assertThat(FormValues.text(Map.of("name", "某公司 🏭\u0007x"), "name")).isEqualTo("某公司 🏭\u0007x");
  }

  @Test
  void aLocalTimeIsShanghaiTime() {
    assertThat(FormValues.instant(Map.of("at", "2026-01-05T10:00"), "at"))
        .isEqualTo("2026-01-05T02:00:00Z");
    assertThat(FormValues.instant(Map.of("at", "yesterday"), "at")).isEqualTo("yesterday");
  }
}
