package cn.gov.sh.tradesecret.pilots.importing;

import cn.gov.sh.tradesecret.events.reference.District;
import cn.gov.sh.tradesecret.events.reference.Districts;
import cn.gov.sh.tradesecret.events.reference.UnifiedSocialCreditCode;
import cn.gov.sh.tradesecret.pilots.pilot.Industry;
import cn.gov.sh.tradesecret.pilots.pilot.Pilot;
import cn.gov.sh.tradesecret.pilots.pilot.PilotAuthority;
import cn.gov.sh.tradesecret.pilots.pilot.PilotKind;
import cn.gov.sh.tradesecret.pilots.pilot.PilotLevel;
import cn.gov.sh.tradesecret.support.domain.DomainException;
import cn.gov.sh.tradesecret.support.domain.DomainException.FieldProblem;
import cn.gov.sh.tradesecret.support.security.Officer;
import cn.gov.sh.tradesecret.support.web.StorableText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * One row of a bureau's list of pilots, read and checked on its own like a nomination: its columns
 * named by the file's header, its values the API's codes or their Chinese names (see {@link
 * PilotImporter} for the columns and values). What a row is checked against the other rows and the
 * pilots already there, and what its import created, {@link PilotImporter} records on it.
 */
final class PilotRow {

  private static final List<String> REQUIRED = List.of("kind", "name", "district", "industry");
  private static final List<String> OPTIONAL = List.of("creditCode", "park", "level");

  private static final Map<String, PilotKind> KINDS =
      aliases(
          PilotKind.values(),
          Map.of(
              "园区",
              PilotKind.PARK,
              "单位",
              PilotKind.UNIT,
              "站",
              PilotKind.STATION,
              "工作站",
              PilotKind.STATION,
              "点",
              PilotKind.POINT,
              "服务点",
              PilotKind.POINT));
  private static final Map<String, Industry> INDUSTRIES =
      aliases(
          Industry.values(),
          Map.of(
              "集成电路",
              Industry.INTEGRATED_CIRCUITS,
              "生物医药",
              Industry.BIOMEDICINE,
              "人工智能",
              Industry.ARTIFICIAL_INTELLIGENCE,
              "网络游戏",
              Industry.ONLINE_GAMES,
              "化妆品",
              Industry.COSMETICS,
              "老字号",
              Industry.TIME_HONOURED_BRANDS,
              "汽车",
              Industry.AUTOMOTIVE,
              "农业",
              Industry.AGRICULTURE,
              "数据产品",
              Industry.DATA_PRODUCTS,
              "其他",
              Industry.OTHER));
  private static final Map<String, PilotLevel> LEVELS =
      aliases(PilotLevel.values(), Map.of("市级", PilotLevel.MUNICIPAL, "区级", PilotLevel.DISTRICT));

  /** The row's line in the file, as the report and the problems name it. */
  final int line;

  final List<FieldProblem> errors = new ArrayList<>();
  PilotKind kind;
  String name;
  String district;
  Industry industry;
  String creditCode;
  String park;
  PilotLevel level;
  String key;
  Pilot existing;
  PilotRow parkRow;
  UUID parkId;
  UUID created;

  private PilotRow(int line) {
    this.line = line;
  }

  void error(String field, String message) {
    errors.add(new FieldProblem(field, message));
  }

  boolean ok() {
    return errors.isEmpty();
  }

  /**
   * The columns the header names, each with its index; refuses (400 on {@code header}) an unknown
   * column, one named twice, or a required one missing. Names are matched ignoring case.
   */
  static Map<String, Integer> columns(CsvReader.Line header) {
    Map<String, Integer> columns = new HashMap<>();
    Map<String, String> known = new HashMap<>();
    for (String name : REQUIRED) {
      known.put(name.toLowerCase(Locale.ROOT), name);
    }
    for (String name : OPTIONAL) {
      known.put(name.toLowerCase(Locale.ROOT), name);
    }
    for (int i = 0; i < header.fields().size(); i++) {
      String raw = header.fields().get(i).strip();
      String name = known.get(raw.toLowerCase(Locale.ROOT));
      if (name == null) {
        throw DomainException.invalidField(
            "header",
            "unknown column '"
                + raw
                + "'; the columns are "
                + String.join(", ", REQUIRED)
                + " and optionally "
                + String.join(", ", OPTIONAL));
      }
      if (columns.putIfAbsent(name, i) != null) {
        throw DomainException.invalidField("header", "column '" + name + "' appears twice");
      }
    }
    List<String> missing = REQUIRED.stream().filter(name -> !columns.containsKey(name)).toList();
    if (!missing.isEmpty()) {
      throw DomainException.invalidField(
          "header", "missing column(s) " + String.join(", ", missing));
    }
    return columns;
  }

  /**
   * Reads {@code line} by {@code columns} (from {@link #columns}) and checks it as a nomination by
   * {@code officer}, and a row with a level as a designation; the problems are on the row, each
   * naming its column. A row without problems has its natural key.
   */
  static PilotRow check(CsvReader.Line line, Map<String, Integer> columns, Officer officer) {
    PilotRow d = new PilotRow(line.number());
    if (line.fields().size() != columns.size()) {
      d.error("row", "expected " + columns.size() + " fields, found " + line.fields().size());
      return d;
    }
    Function<String, String> value =
        column -> {
          Integer index = columns.get(column);
          String v = index == null ? "" : line.fields().get(index).strip();
          return v.isEmpty() ? null : v;
        };
    d.kind = lookup(d, "kind", value.apply("kind"), KINDS);
    d.name = value.apply("name");
    if (d.name == null) {
      d.error("name", "must not be blank");
    } else if (d.name.length() > 200) {
      d.error("name", "at most 200 characters");
    } else if (!StorableText.isStorable(d.name)) {
      d.error("name", StorableText.REFUSAL);
    }
    String district = value.apply("district");
    Optional<District> found =
        district == null
            ? Optional.empty()
            : Districts.all().stream()
                .filter(candidate -> !candidate.isMunicipal())
                .filter(
                    candidate ->
                        candidate.code().equalsIgnoreCase(district)
                            || candidate.nameZh().equals(district)
                            || candidate.nameEn().equalsIgnoreCase(district))
                .findFirst();
    if (district == null) {
      d.error("district", "must not be blank");
    } else if (found.isEmpty()) {
      d.error("district", "unknown district '" + district + "'");
    } else {
      d.district = found.get().code();
    }
    d.industry = lookup(d, "industry", value.apply("industry"), INDUSTRIES);
    d.creditCode = value.apply("creditCode");
    if (d.creditCode != null) {
      d.creditCode = d.creditCode.toUpperCase(Locale.ROOT);
      if (!UnifiedSocialCreditCode.isValid(d.creditCode)) {
        d.error(
            "creditCode",
            "must be an 18-character unified social credit code with a valid check character");
      }
    }
    d.park = value.apply("park");
    if (d.park != null && d.kind == PilotKind.PARK) {
      d.error("park", "a park does not sit inside another park");
    }
    String level = value.apply("level");
    if (level != null) {
      d.level = lookup(d, "level", level, LEVELS);
      // a row with a level is a designation: the same approval as POST /api/pilots/{id}/designation
      if (d.level != null
          && d.district != null
          && !PilotAuthority.approvesAtLevel(officer, d.district, d.level)) {
        d.error(
            "level",
            "a "
                + d.level
                + "-level pilot of district "
                + d.district
                + " is designated by "
                + PilotAuthority.approverOf(d.district, d.level)
                + "; leave level empty to nominate it");
      }
    }
    if (d.ok()) {
      d.key = Pilot.naturalKey(d.kind, d.district, d.name, d.creditCode);
    }
    return d;
  }

  private static <E extends Enum<E>> E lookup(
      PilotRow d, String field, String value, Map<String, E> values) {
    if (value == null) {
      d.error(field, "must not be blank");
      return null;
    }
    E found = values.get(value.toUpperCase(Locale.ROOT));
    if (found == null) {
      d.error(field, "unknown " + field + " '" + value + "'");
    }
    return found;
  }

  private static <E extends Enum<E>> Map<String, E> aliases(E[] constants, Map<String, E> chinese) {
    Map<String, E> all = new HashMap<>(chinese);
    for (E constant : constants) {
      all.put(constant.name(), constant);
    }
    return Map.copyOf(all);
  }
}
