package cn.gov.sh.tradesecret.gateway.correlation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CorrelationIdFilterTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a",
        "3f2b6c1e-9d7a-4f1e-8c3b-2a1d0e9f8b7c",
        "CASE-310117-2025-0001",
        "0123456789012345678901234567890123456789012345678901234567890123"
      })
  void acceptsUpTo64LettersDigitsAndHyphens(String id) {
    assertThat(CorrelationIdFilter.isWellFormed(id)).isTrue();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "01234567890123456789012345678901234567890123456789012345678901234",
        "with space",
        "under_score",
        "semi;colon",
        "new\nline",
        "中文"
      })
  void rejectsAnythingElse(String id) {
    assertThat(CorrelationIdFilter.isWellFormed(id)).isFalse();
  }
}
