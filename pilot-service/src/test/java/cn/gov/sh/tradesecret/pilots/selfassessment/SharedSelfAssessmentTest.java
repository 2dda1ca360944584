package cn.gov.sh.tradesecret.pilots.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import cn.gov.sh.tradesecret.events.enterprises.SelfAssessmentShared;
import cn.gov.sh.tradesecret.events.enterprises.SelfAssessmentShared.AreaScore;
import cn.gov.sh.tradesecret.pilots.pilot.PilotTestData;
import cn.gov.sh.tradesecret.testsupport.TestClock;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What a SelfAssessmentShared must carry to be kept as an assessment shared with a bureau. */
class SharedSelfAssessmentTest {

  static final String CODE = PilotTestData.creditCode("310117");

  static SelfAssessmentShared event(
      String id, String code, String district, String score, AreaScore... areas) {
    return new SelfAssessmentShared(
        id,
        "ic-2026",
        code,
        district,
        new BigDecimal(score),
        Arrays.asList(areas),
        TestClock.now());
  }

  static AreaScore area(String code, String score) {
    return new AreaScore(code, new BigDecimal(score));
  }

  static SharedSelfAssessment of(SelfAssessmentShared event) {
    return SharedSelfAssessment.of(event, TestClock.now());
  }

  @Test
  void keepsTheScoresPerAreaInTheGuidesOrder() {
    String id = UUID.randomUUID().toString();
    SharedSelfAssessment kept =
        of(event(id, CODE, "31LG00", "100", area("STAFF", "0"), area("MEASURES", "66.67")));

    assertThat(kept.getId()).hasToString(id);
    assertThat(kept.getDistrict()).isEqualTo("31LG00");
    assertThat(kept.getAreas()).extracting(a -> a.code()).containsExactly("STAFF", "MEASURES");
    assertThat(kept.getAreas().get(1).score()).isEqualByComparingTo("66.67");
  }

  @Test
  void refusesAnIdThatIsNoUuid() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> of(event("ASSESS-1", CODE, "310117", "50", area("STAFF", "50"))));
  }

  @Test
  void refusesADistrictWithoutABureauOfItsOwn() {
    for (String district : List.of("310000", "310199", "")) {
      assertThatIllegalArgumentException()
          .as(district)
          .isThrownBy(() -> of(event(uuid(), CODE, district, "50", area("STAFF", "50"))))
          .withMessageContaining("district");
    }
  }

  @Test
  void refusesACreditCodeWithAWrongCheckCharacter() {
    String wrong = CODE.substring(0, 17) + (CODE.endsWith("0") ? "1" : "0");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> of(event(uuid(), wrong, "310117", "50", area("STAFF", "50"))))
        .withMessageContaining("check character");
  }

  @Test
  void refusesScoresOutsideZeroToHundredOrFinerThanHundredths() {
    for (String score : List.of("-0.1", "100.01", "50.005")) {
      assertThatIllegalArgumentException()
          .as(score)
          .isThrownBy(() -> of(event(uuid(), CODE, "310117", score, area("STAFF", "50"))));
      assertThatIllegalArgumentException()
          .as("area " + score)
          .isThrownBy(() -> of(event(uuid(), CODE, "310117", "50", area("STAFF", score))));
    }
  }

  @Test
  void refusesNoAreasAnAreaTwiceOrWithoutACode() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> of(event(uuid(), CODE, "310117", "50")))
        .withMessageContaining("no area");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> of(event(uuid(), CODE, "310117", "50", area("STAFF", "40"), area("STAFF", "60"))))
        .withMessageContaining("twice");
    for (String code : Arrays.asList(" ", "X".repeat(41), null)) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> of(event(uuid(), CODE, "310117", "50", area(code, "50"))));
    }
    assertThatIllegalArgumentException()
        .isThrownBy(() -> of(event(uuid(), CODE, "310117", "50", (AreaScore) null)));
  }

  static String uuid() {
    return UUID.randomUUID().toString();
  }
}
