package cn.gov.sh.tradesecret.pilots.pilot;

import java.util.LinkedHashMap;
import java.util.Map;

/** Pilot nominations as a bureau's client sends them (plain JSON maps, so tests can break them). */
final class PilotTestData {

  private PilotTestData() {}

  static Map<String, Object> songjiangPark() {
    Map<String, Object> pilot = new LinkedHashMap<>();
    pilot.put("kind", "PARK");
    pilot.put("name", "松江G60科创走廊某园区");
    pilot.put("district", "310117");
    pilot.put("industry", "INTEGRATED_CIRCUITS");
    return pilot;
  }

  static Map<String, Object> songjiangUnit() {
    Map<String, Object> pilot = new LinkedHashMap<>();
    pilot.put("kind", "UNIT");
    pilot.put("name", "上海某精密机械有限公司");
    pilot.put("district", "310117");
    pilot.put("industry", "AUTOMOTIVE");
    pilot.put("creditCode", "91310117MA1J3XXX0Q");
    return pilot;
  }

  static Map<String, Object> with(Map<String, Object> pilot, String field, Object value) {
    Map<String, Object> changed = new LinkedHashMap<>(pilot);
    if (value == null) {
      changed.remove(field);
    } else {
      changed.put(field, value);
    }
    return changed;
  }
}
