package cn.gov.sh.tradesecret.events.reference;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The jurisdictions the platform knows. */
public final class Districts {

  /** Shanghai municipality: the municipal bureaus see every district. */
  public static final String MUNICIPAL = "310000";

  /** Lingang New Area: no GB/T 2260 code of its own, so a stable code of the platform's. */
  public static final String LINGANG = "31LG00";

  private static final Map<String, District> ALL = new LinkedHashMap<>();

  static {
    add(MUNICIPAL, "Shanghai (municipal)", "上海市", false);
    add("310101", "Huangpu", "黄浦区", true);
    add("310104", "Xuhui", "徐汇区", false);
    add("310105", "Changning", "长宁区", false);
    add("310106", "Jing'an", "静安区", false);
    add("310107", "Putuo", "普陀区", false);
    add("310109", "Hongkou", "虹口区", false);
    add("310110", "Yangpu", "杨浦区", false);
    add("310112", "Minhang", "闵行区", true);
    add("310113", "Baoshan", "宝山区", false);
    add("310114", "Jiading", "嘉定区", false);
    add("310115", "Pudong", "浦东新区", true);
    add("310116", "Jinshan", "金山区", false);
    add("310117", "Songjiang", "松江区", false);
    add("310118", "Qingpu", "青浦区", false);
    add("310120", "Fengxian", "奉贤区", true);
    add("310151", "Chongming", "崇明区", false);
    add(LINGANG, "Lingang New Area", "临港新片区", false);
  }

  private Districts() {}

  private static void add(String code, String en, String zh, boolean nationalPilot) {
    ALL.put(code, new District(code, en, zh, nationalPilot));
  }

  public static Optional<District> find(String code) {
    return Optional.ofNullable(code == null ? null : ALL.get(code));
  }

  public static boolean isKnown(String code) {
    return code != null && ALL.containsKey(code);
  }

  /** Every jurisdiction, the municipality first. */
  public static List<District> all() {
    return List.copyOf(ALL.values());
  }

  /** Whether an agency unit of {@code jurisdiction} may see what belongs to {@code district}. */
  public static boolean covers(String jurisdiction, String district) {
    return MUNICIPAL.equals(jurisdiction)
        || (jurisdiction != null && jurisdiction.equals(district));
  }
}
