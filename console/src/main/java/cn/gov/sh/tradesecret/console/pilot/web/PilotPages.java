package cn.gov.sh.tradesecret.console.pilot.web;

import cn.gov.sh.tradesecret.console.web.ApiProblem;
import cn.gov.sh.tradesecret.console.web.PlatformApi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The pilots the officer may see, and the import of a CSV list ({@code POST /api/pilot-imports}):
 * the file goes to pilot-service as chosen; its per-row report (or, all or nothing, the rows it
 * refused) comes back as a table in place, the rejected rows marked with their field.
 */
@Controller
@RequestMapping("/pilots")
class PilotPages {

  static final List<String> MODES = List.of("ALL_OR_NOTHING", "GOOD_ROWS_ONLY");

  private final PlatformApi api;

  PilotPages(PlatformApi api) {
    this.api = api;
  }

  @GetMapping
  String list(Model model) {
    model.addAttribute("pilots", api.get("/api/pilots?size=100"));
    model.addAttribute("modes", MODES);
    return "pilot/pilots";
  }

  @PostMapping("/import")
  String importList(
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(defaultValue = "ALL_OR_NOTHING") String mode,
      Model model) {
    byte[] csv;
    try {
      csv = file == null ? new byte[0] : file.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      model.addAttribute(
          "report",
          api.postFile("/api/pilot-imports?mode={mode}", csv, new MediaType("text", "csv"), mode));
    } catch (ApiProblem problem) {
      if (problem.status() != 400 && problem.status() != 403) {
        throw problem;
      }
      // nothing imported: the rows and fields the API refused, as a table
      model.addAttribute("problem", problem);
      model.addAttribute("rowErrors", problem.fieldErrors());
    }
    return "pilot/report :: report";
  }
}
