package cn.gov.sh.tradesecret.pilots.importing.web;

import cn.gov.sh.tradesecret.pilots.importing.ImportMode;
import cn.gov.sh.tradesecret.pilots.importing.ImportReport;
import cn.gov.sh.tradesecret.pilots.importing.PilotImporter;
import cn.gov.sh.tradesecret.support.security.Officer;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/pilot-imports?mode=ALL_OR_NOTHING|GOOD_ROWS_ONLY} with the CSV file as the body
 * ({@code Content-Type: text/csv}); answers the row-by-row report (see {@link PilotImporter}).
 */
@RestController
@RequestMapping("/api/pilot-imports")
class PilotImportController {

  private final PilotImporter importer;

  PilotImportController(PilotImporter importer) {
    this.importer = importer;
  }

  @PostMapping(consumes = {"text/csv", "text/plain", "application/octet-stream"})
  ImportReport importPilots(
      @RequestBody(required = false) byte[] csv,
      @RequestParam(defaultValue = "ALL_OR_NOTHING") ImportMode mode,
      Officer officer) {
    return importer.importCsv(csv == null ? new byte[0] : csv, mode, officer);
  }
}
