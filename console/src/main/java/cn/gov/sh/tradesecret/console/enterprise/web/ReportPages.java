package cn.gov.sh.tradesecret.console.enterprise.web;

import cn.gov.sh.tradesecret.console.web.ApiProblem;
import cn.gov.sh.tradesecret.console.web.FormValues;
import cn.gov.sh.tradesecret.console.web.Forms;
import cn.gov.sh.tradesecret.console.web.PlatformApi;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An enterprise's online reports ({@code /api/reports}): the report of a suspected infringement,
 * which enterprise-service hands to the district bureau as a lead, and the list of its reports with
 * where each stands and the bureau's decision (filed, or declined with its reason).
 */
@Controller
@RequestMapping("/enterprise/reports")
class ReportPages {

  static final List<String> SECRET_TYPES = List.of("TECHNICAL", "BUSINESS");
  static final String FINGERPRINTS = "evidenceFingerprints";

  private final PlatformApi api;

  ReportPages(PlatformApi api) {
    this.api = api;
  }

  @GetMapping
  String list(Model model) {
    model.addAttribute("reports", api.get("/api/reports?size=50"));
    return "enterprise/reports";
  }

  @GetMapping("/new")
  String reportForm(Model model) {
    return reportForm(model, Map.of(), Map.of(), null);
  }

  /**
   * The form's fields carry the API's names ({@code suspects[0].creditCode}); the fingerprints, one
   * a line, go as the API's list, and a refused one is shown beside the list.
   */
  @PostMapping
  String report(@RequestParam Map<String, String> form, Model model) {
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("enterpriseName", FormValues.text(form, "enterpriseName"));
    report.put("district", FormValues.text(form, "district"));
    report.put("secretType", FormValues.text(form, "secretType"));
    report.put("whatWasTaken", FormValues.text(form, "whatWasTaken"));
    report.put("howTaken", FormValues.text(form, "howTaken"));
    String suspect = FormValues.text(form, "suspects[0].name");
    String suspectCode = FormValues.text(form, "suspects[0].creditCode");
    if (suspect != null || suspectCode != null) {
      Map<String, Object> named = new LinkedHashMap<>();
      named.put("name", suspect);
      named.put("creditCode", suspectCode);
      report.put("suspects", List.of(named));
    }
    report.put("estimatedLoss", FormValues.number(form, "estimatedLoss"));
    report.put("evidenceFingerprints", fingerprints(form));
    return Forms.submit(
        () -> "redirect:/enterprise/reports/" + api.post("/api/reports", report, null).get("id"),
        problem -> reportForm(model, form, fieldErrors(problem), problem));
  }

  @GetMapping("/{id}")
  String report(@PathVariable String id, Model model) {
    model.addAttribute("report", api.get("/api/reports/{id}", id));
    return "enterprise/report";
  }

  private static List<String> fingerprints(Map<String, String> form) {
    String lines = FormValues.text(form, FINGERPRINTS);
    return lines == null
        ? List.of()
        : Arrays.stream(lines.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** A refused fingerprint ({@code evidenceFingerprints[2]}) is shown beside the list. */
  private static Map<String, String> fieldErrors(ApiProblem problem) {
    Map<String, String> errors = new LinkedHashMap<>();
    problem
        .fieldErrors()
        .forEach(
            (field, message) ->
                errors.merge(
                    field.startsWith(FINGERPRINTS + "[") ? FINGERPRINTS : field,
                    field.startsWith(FINGERPRINTS + "[")
                        ? field.substring(FINGERPRINTS.length()) + " " + message
                        : message,
                    (first, second) -> first + "; " + second));
    return errors;
  }

  private static String reportForm(
      Model model, Map<String, String> form, Map<String, String> errors, ApiProblem problem) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("problem", problem);
    model.addAttribute("secretTypes", SECRET_TYPES);
    return "enterprise/report-new";
  }
}
