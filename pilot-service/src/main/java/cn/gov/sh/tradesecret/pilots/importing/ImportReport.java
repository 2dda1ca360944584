package cn.gov.sh.tradesecret.pilots.importing;

import cn.gov.sh.tradesecret.support.domain.DomainException.FieldProblem;
import java.util.List;

/**
 * What an import did, row by row.
 *
 * @param created rows that became new pilots
 * @param existing rows that are pilots already (same credit code, or same district, kind and name):
 *     unchanged
 * @param rejected rows with errors, not imported
 */
public record ImportReport(
    ImportMode mode, int rows, int created, int existing, int rejected, List<Row> rowReports) {

  public enum Outcome {
    CREATED,
    EXISTING,
    REJECTED
  }

  /**
   * One row: its line in the file (the header is line 1), what became of it, the pilot it is, and
   * its errors (field = the CSV column).
   */
  public record Row(
      int line, String name, Outcome outcome, String pilotId, List<FieldProblem> errors) {}
}
