package cn.gov.sh.tradesecret.pilots.importing;

import cn.gov.sh.tradesecret.events.reference.AgencyType;
import cn.gov.sh.tradesecret.events.reference.District;
import cn.gov.sh.tradesecret.events.reference.Districts;
import cn.gov.sh.tradesecret.events.reference.UnifiedSocialCreditCode;
import cn.gov.sh.tradesecret.pilots.importing.ImportReport.Outcome;
import cn.gov.sh.tradesecret.pilots.importing.ImportReport.Row;
import cn.gov.sh.tradesecret.pilots.pilot.Industry;
import cn.gov.sh.tradesecret.pilots.pilot.Pilot;
import cn.gov.sh.tradesecret.pilots.pilot.PilotAuthority;
import cn.gov.sh.tradesecret.pilots.pilot.PilotKind;
import cn.gov.sh.tradesecret.pilots.pilot.PilotLevel;
import cn.gov.sh.tradesecret.pilots.pilot.PilotLifecycle;
import cn.gov.sh.tradesecret.pilots.pilot.PilotService;
import cn.gov.sh.tradesecret.support.domain.DomainException;
import cn.gov.sh.tradesecret.support.domain.DomainException.FieldProblem;
import cn.gov.sh.tradesecret.support.security.Officer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a bureau's list of pilots from CSV (see {@link CsvReader}), in one transaction.
 *
 * <p>Columns, in any order, named in the header: {@code kind, name, district, industry} (required)
 * and {@code creditCode, park, level} (optional). Values are the API's codes or their Chinese
 * names: kind {@code PARK}/园区, {@code UNIT}/单位, {@code STATION}/站, {@code POINT}/点; district its
 * code (Lingang {@code 31LG00}) or name (浦东新区); industry e.g. {@code INTEGRATED_CIRCUITS}/集成电路;
 * {@code park} the name of a pilot park of the same district (in the file or already a pilot);
 * {@code level} {@code MUNICIPAL}/市级 or {@code DISTRICT}/区级 for a pilot already designated (the
 * importing officer must be a head of that level's bureau, as for a designation; any other gets the
 * row rejected on {@code level}), empty for a nomination.
 *
 * <p>Each row is checked like a nomination. A row that is a pilot already (same credit code, or
 * same district, kind and name) is reported {@code EXISTING} and left alone, so importing the same
 * file again creates nothing. {@link ImportMode#ALL_OR_NOTHING} refuses the whole file with a 400
 * problem naming every wrong row and column ({@code rows[7].creditCode}, 7 being the line of the
 * file); {@link ImportMode#GOOD_ROWS_ONLY} imports the good rows and reports the others.
 */
@Service
public class PilotImporter {

  static final int MAX_ROWS = 5000;
  static final int MAX_BYTES = 4 * 1024 * 1024;
  static final String IMPORTED = "imported from the bureau's list of pilots";

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

  private final PilotService pilots;
  private final PilotLifecycle lifecycle;

  PilotImporter(PilotService pilots, PilotLifecycle lifecycle) {
    this.pilots = pilots;
    this.lifecycle = lifecycle;
  }

  /** A row read and checked. */
  private static final class Draft {
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
    Draft parkRow;
    UUID parkId;
    UUID created;

    Draft(int line) {
      this.line = line;
    }

    void error(String field, String message) {
      errors.add(new FieldProblem(field, message));
    }

    boolean ok() {
      return errors.isEmpty();
    }
  }

  @Transactional
  public ImportReport importCsv(byte[] csv, ImportMode mode, Officer officer) {
    Officer.require(
        officer.is(AgencyType.MARKET_REGULATION),
        "pilots are imported by the market-regulation bureaus");
    if (csv.length > MAX_BYTES) {
      throw DomainException.invalidField(
          "file", "at most " + MAX_BYTES / 1024 / 1024 + " MB per import");
    }
    List<CsvReader.Line> lines;
    try {
      lines = CsvReader.read(csv);
    } catch (CsvReader.MalformedCsvException e) {
      throw DomainException.invalidField("file", e.getMessage());
    }
    if (lines.isEmpty()) {
      throw DomainException.invalidField(
          "file", "the file is empty: a header line and one row per pilot expected");
    }
    Map<String, Integer> columns = header(lines.get(0));
    if (lines.size() - 1 > MAX_ROWS) {
      throw DomainException.invalidField("file", "at most " + MAX_ROWS + " rows per import");
    }
    if (lines.size() == 1) {
      throw DomainException.invalidField("file", "the file has a header but no rows");
    }

    List<Draft> drafts = new ArrayList<>();
    for (CsvReader.Line line : lines.subList(1, lines.size())) {
      drafts.add(check(line, columns, officer));
    }
    refuseOtherJurisdictions(drafts, officer);
    markDuplicatesInFile(drafts);
    Map<String, Pilot> existing =
        pilots
            .findActiveByNaturalKeys(drafts.stream().filter(Draft::ok).map(d -> d.key).toList())
            .stream()
            .collect(Collectors.toMap(Pilot::getNaturalKey, Function.identity()));
    drafts.stream().filter(Draft::ok).forEach(d -> d.existing = existing.get(d.key));
    resolveParks(drafts);

    List<Draft> rejected = drafts.stream().filter(d -> !d.ok()).toList();
    if (mode == ImportMode.ALL_OR_NOTHING && !rejected.isEmpty()) {
      List<FieldProblem> problems =
          rejected.stream()
              .flatMap(
                  d ->
                      d.errors.stream()
                          .map(
                              e ->
                                  new FieldProblem(
                                      "rows[" + d.line + "]." + e.field(), e.message())))
              .toList();
      throw DomainException.Invalid.of(
          problems,
          rejected.size()
              + " of "
              + drafts.size()
              + " rows are wrong; nothing was imported: "
              + problems.stream()
                  .map(p -> p.field() + ": " + p.message())
                  .collect(Collectors.joining("; ")));
    }
    // parks first, so the units of a park in the same file can name it
    drafts.stream()
        .filter(d -> d.ok() && d.existing == null && d.kind == PilotKind.PARK)
        .forEach(d -> create(d, officer));
    drafts.stream()
        .filter(d -> d.ok() && d.existing == null && d.kind != PilotKind.PARK)
        .forEach(d -> create(d, officer));

    List<Row> rows =
        drafts.stream()
            .map(
                d ->
                    !d.ok()
                        ? new Row(d.line, d.name, Outcome.REJECTED, null, d.errors)
                        : d.existing != null
                            ? new Row(
                                d.line,
                                d.name,
                                Outcome.EXISTING,
                                d.existing.getId().toString(),
                                List.of())
                            : new Row(
                                d.line, d.name, Outcome.CREATED, d.created.toString(), List.of()))
            .toList();
    return new ImportReport(
        mode,
        rows.size(),
        count(rows, Outcome.CREATED),
        count(rows, Outcome.EXISTING),
        count(rows, Outcome.REJECTED),
        rows);
  }

  /**
   * A file naming pilots of another district is not the caller's to import, whatever the mode: 403
   * for the whole file, naming the rows, as a single nomination of another district's pilot gets.
   */
  private static void refuseOtherJurisdictions(List<Draft> drafts, Officer officer) {
    List<FieldProblem> foreign =
        drafts.stream()
            .filter(d -> d.district != null && !PilotAuthority.manages(officer, d.district))
            .map(
                d ->
                    new FieldProblem(
                        "rows[" + d.line + "].district",
                        "district " + d.district + " is outside your jurisdiction"))
            .toList();
    if (!foreign.isEmpty()) {
      throw DomainException.forbidden(
          foreign.size()
              + " of "
              + drafts.size()
              + " rows name pilots of a district outside your jurisdiction; "
              + "nothing was imported",
          foreign);
    }
  }

  private void create(Draft d, Officer officer) {
    UUID parkId = d.parkRow != null ? d.parkRow.created : d.parkId;
    Pilot pilot =
        pilots.nominate(
            new PilotService.Nomination(
                d.kind, d.name, d.district, d.industry, d.creditCode, parkId),
            officer);
    if (d.level != null) {
      lifecycle.startCultivation(pilot.getId(), IMPORTED, officer);
      lifecycle.designate(pilot.getId(), d.level, IMPORTED, officer);
    }
    d.created = pilot.getId();
  }

  private static Map<String, Integer> header(CsvReader.Line header) {
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

  private Draft check(CsvReader.Line line, Map<String, Integer> columns, Officer officer) {
    Draft d = new Draft(line.number());
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

  private static void markDuplicatesInFile(List<Draft> drafts) {
    Map<String, Draft> first = new HashMap<>();
    for (Draft d : drafts) {
      if (!d.ok()) {
        continue;
      }
      Draft earlier = first.putIfAbsent(d.key, d);
      if (earlier != null) {
        d.error(
            d.creditCode != null ? "creditCode" : "name", "the same pilot as line " + earlier.line);
      }
    }
  }

  private void resolveParks(List<Draft> drafts) {
    Map<String, Draft> parksInFile = new LinkedHashMap<>();
    for (Draft d : drafts) {
      if (d.kind == PilotKind.PARK && d.name != null && d.district != null) {
        parksInFile.putIfAbsent(d.district + ":" + d.name.toLowerCase(Locale.ROOT), d);
      }
    }
    for (Draft d : drafts) {
      if (!d.ok() || d.park == null || d.existing != null) {
        continue;
      }
      Draft parkRow = parksInFile.get(d.district + ":" + d.park.toLowerCase(Locale.ROOT));
      if (parkRow != null && parkRow.existing == null) {
        if (parkRow.ok()) {
          d.parkRow = parkRow;
        } else {
          d.error("park", "its park (line " + parkRow.line + ") is wrong");
        }
        continue;
      }
      Optional<Pilot> park =
          parkRow != null
              ? Optional.of(parkRow.existing)
              : pilots.findActivePark(d.district, d.park);
      park.ifPresentOrElse(
          p -> d.parkId = p.getId(),
          () -> d.error("park", "no pilot park '" + d.park + "' in district " + d.district));
    }
  }

  private static <E extends Enum<E>> E lookup(
      Draft d, String field, String value, Map<String, E> values) {
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

  private static int count(List<Row> rows, Outcome outcome) {
    return (int) rows.stream().filter(r -> r.outcome() == outcome).count();
  }
}
