package cn.gov.sh.tradesecret.cases.lead;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Lead requests as an officer's client sends them (plain JSON maps, so tests can break them). */
final class LeadTestData {

  private LeadTestData() {}

  static Map<String, Object> songjiangComplaint() {
    Map<String, Object> lead = new LinkedHashMap<>();
    lead.put("source", "COMPLAINT");
    lead.put("district", "310117");
    lead.put("rightsHolder", Map.of("name", "上海某精密机械有限公司", "creditCode", "91310117MA1J3XXX0Q"));
    lead.put("suspects", List.of(Map.of("name", "张某"), Map.of("name", "上海某科技有限公司")));
    lead.put("description", "Former engineer took drawings of the servo design to a competitor.");
    lead.put("claimedAmount", 350000.00);
    return lead;
  }

  static Map<String, Object> with(Map<String, Object> lead, String field, Object value) {
    Map<String, Object> changed = new LinkedHashMap<>(lead);
    if (value == null) {
      changed.remove(field);
    } else {
      changed.put(field, value);
    }
    return changed;
  }
}
