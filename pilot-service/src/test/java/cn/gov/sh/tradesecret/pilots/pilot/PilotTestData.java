package cn.gov.sh.tradesecret.pilots.pilot;

import cn.gov.sh.tradesecret.events.reference.UnifiedSocialCreditCode;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Pilot nominations as a bureau's client sends them (plain JSON maps, so tests can break them).
 * Names and credit codes are fresh on each call: one active pilot per enterprise or name.
 */
public final class PilotTestData {

  private static final String CODE_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final AtomicInteger SERIAL = new AtomicInteger();

  private PilotTestData() {}

  /**
   * A valid unified social credit code of an enterprise registered in {@code district}, new each
   * call.
   */
  public static String creditCode(String district) {
    StringBuilder first17 =
        new StringBuilder("91")
            .append(district.chars().allMatch(Character::isDigit) ? district : "310115");
    while (first17.length() < 17) {
      first17.append(CODE_CHARACTERS.charAt(RANDOM.nextInt(CODE_CHARACTERS.length())));
    }
    return first17.toString() + UnifiedSocialCreditCode.checkCharacter(first17.toString());
  }

  /** A name not used before in this run. */
  public static String unique(String name) {
    return name
        + "-"
        + SERIAL.incrementAndGet()
        + "-"
        + Integer.toString(RANDOM.nextInt(1 << 20), 36);
  }

  public static Map<String, Object> songjiangPark() {
    Map<String, Object> pilot = new LinkedHashMap<>();
    pilot.put("kind", "PARK");
    pilot.put("name", unique("松江G60科创走廊某园区"));
    pilot.put("district", "310117");
    pilot.put("industry", "INTEGRATED_CIRCUITS");
    return pilot;
  }

  public static Map<String, Object> songjiangUnit() {
    Map<String, Object> pilot = new LinkedHashMap<>();
    pilot.put("kind", "UNIT");
    pilot.put("name", unique("上海某精密机械有限公司"));
    pilot.put("district", "310117");
    pilot.put("industry", "AUTOMOTIVE");
    pilot.put("creditCode", creditCode("310117"));
    return pilot;
  }

  public static Map<String, Object> with(Map<String, Object> pilot, String field, Object value) {
    Map<String, Object> changed = new LinkedHashMap<>(pilot);
    if (value == null) {
      changed.remove(field);
    } else {
      changed.put(field, value);
    }
    return changed;
  }
}
