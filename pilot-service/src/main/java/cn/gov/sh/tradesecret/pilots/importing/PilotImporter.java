package cn.gov.sh.tradesecret.pilots.importing;

import cn.gov.sh.tradesecret.events.reference.AgencyType;
import cn.gov.sh.tradesecret.pilots.importing.ImportReport.Outcome;
import cn.gov.sh.tradesecret.pilots.importing.ImportReport.Row;
import cn.gov.sh.tradesecret.pilots.pilot.Pilot;
import cn.gov.sh.tradesecret.pilots.pilot.PilotAuthority;
import cn.gov.sh.tradesecret.pilots.pilot.PilotKind;
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

  private final PilotService pilots;
  private final PilotLifecycle lifecycle;

  PilotImporter(PilotService pilots, PilotLifecycle lifecycle) {
    this.pilots = pilots;
    this.lifecycle = lifecycle;
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
    Map<String, Integer> columns = PilotRow.columns(lines.get(0));
    if (lines.size() - 1 > MAX_ROWS) {
      throw DomainException.invalidField("file", "at most " + MAX_ROWS + " rows per import");
    }
    if (lines.size() == 1) {
      throw DomainException.invalidField("file", "the file has a header but no rows");
    }

    List<PilotRow> drafts = new ArrayList<>();
    for (CsvReader.Line line : lines.subList(1, lines.size())) {
      drafts.add(PilotRow.check(line, columns, officer));
    }
    refuseOtherJurisdictions(drafts, officer);
    markDuplicatesInFile(drafts);
    Map<String, Pilot> existing =
        pilots
            .findActiveByNaturalKeys(drafts.stream().filter(PilotRow::ok).map(d -> d.key).toList())
            .stream()
            .collect(Collectors.toMap(Pilot::getNaturalKey, Function.identity()));
    drafts.stream().filter(PilotRow::ok).forEach(d -> d.existing = existing.get(d.key));
    resolveParks(drafts);

    List<PilotRow> rejected = drafts.stream().filter(d -> !d.ok()).toList();
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
  private static void refuseOtherJurisdictions(List<PilotRow> drafts, Officer officer) {
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

  private void create(PilotRow d, Officer officer) {
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

  private static void markDuplicatesInFile(List<PilotRow> drafts) {
    Map<String, PilotRow> first = new HashMap<>();
    for (PilotRow d : drafts) {
      if (!d.ok()) {
        continue;
      }
      PilotRow earlier = first.putIfAbsent(d.key, d);
      if (earlier != null) {
        d.error(
            d.creditCode != null ? "creditCode" : "name", "the same pilot as line " + earlier.line);
      }
    }
  }

  private void resolveParks(List<PilotRow> drafts) {
    Map<String, PilotRow> parksInFile = new LinkedHashMap<>();
    for (PilotRow d : drafts) {
      if (d.kind == PilotKind.PARK && d.name != null && d.district != null) {
        parksInFile.putIfAbsent(d.district + ":" + d.name.toLowerCase(Locale.ROOT), d);
      }
    }
    for (PilotRow d : drafts) {
      if (!d.ok() || d.park == null || d.existing != null) {
        continue;
      }
      PilotRow parkRow = parksInFile.get(d.district + ":" + d.park.toLowerCase(Locale.ROOT));
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

  private static int count(List<Row> rows, Outcome outcome) {
    return (int) rows.stream().filter(r -> r.outcome() == outcome).count();
  }
}
