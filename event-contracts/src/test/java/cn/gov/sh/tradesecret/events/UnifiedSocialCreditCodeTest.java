package cn.gov.sh.tradesecret.events;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sh.tradesecret.events.reference.UnifiedSocialCreditCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnifiedSocialCreditCodeTest {

  @ParameterizedTest
  // Published codes of well-known enterprises, and the made-up code of the test data.
  @ValueSource(
      strings = {
        "9144030071526726XG",
        "91330100716105852F",
        "91110000802100433B",
        "91350100M000100Y43",
        "91310117MA1J3XXX0Q"
      })
  void acceptsCodesWithTheRightCheckCharacter(String code) {
    assertThat(UnifiedSocialCreditCode.isValid(code)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "9144030071526726XH",
        "91310117MA1J3XXX0B",
        "914403007152672XG",
        "9144030071526726XGX",
        "9144030071526726xg",
        "91440300715267I6XG",
        ""
      })
  void refusesWrongCheckCharactersLengthsAndCharacters(String code) {
    assertThat(UnifiedSocialCreditCode.isValid(code)).isFalse();
  }
}
