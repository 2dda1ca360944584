package cn.gov.sh.tradesecret.console.reverse.web;

import cn.gov.sh.tradesecret.console.web.ApiProblem;
import cn.gov.sh.tradesecret.console.web.FormValues;
import cn.gov.sh.tradesecret.console.web.Officer;
import cn.gov.sh.tradesecret.console.web.PlatformApi;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Reverse referrals ({@code /api/reverse-referrals}): the police of a district hand a matter with
 * no crime, or one too minor, back to that district's bureau; the bureau, the police and the
 * procuratorate see those of their jurisdiction.
 */
@Controller
@RequestMapping("/reverse-referrals")
class ReverseReferralPages {

  static final List<String> GROUNDS = List.of("NO_CRIME", "TOO_MINOR");

  private final PlatformApi api;

  ReverseReferralPages(PlatformApi api) {
    this.api = api;
  }

  @GetMapping
  String list(Model model) {
    return page(model, Map.of(), null);
  }

  @PostMapping
  String submit(
      @ModelAttribute("officer") Officer officer,
      @RequestParam Map<String, String> form,
      Model model) {
    Map<String, Object> reverse = new LinkedHashMap<>();
    // the police refer back to their own district's bureau
    reverse.put("district", officer.jurisdiction());
    reverse.put("originalCaseId", FormValues.text(form, "originalCaseId"));
    reverse.put("ground", FormValues.text(form, "ground"));
    reverse.put("rightsHolder", FormValues.text(form, "rightsHolder"));
    String suspects = FormValues.text(form, "suspects");
    reverse.put(
        "suspects",
        suspects == null
            ? List.of()
            : Arrays.stream(suspects.split("[,，、]"))
                .map(String::strip)
                .filter((name) -> !name.isEmpty())
                .toList());
    reverse.put("summary", FormValues.text(form, "summary"));
    try {
      api.post("/api/reverse-referrals", reverse, null);
      return "redirect:/reverse-referrals";
    } catch (ApiProblem problem) {
      if (problem.status() >= 500) {
        throw problem;
      }
      return page(model, form, problem);
    }
  }

  private String page(Model model, Map<String, String> form, ApiProblem problem) {
    model.addAttribute("reverseReferrals", api.get("/api/reverse-referrals?size=50"));
    model.addAttribute("grounds", GROUNDS);
    model.addAttribute("form", form);
    model.addAttribute("problem", problem);
    Map<String, String> errors = new LinkedHashMap<>();
    if (problem != null) {
      // the API names each suspect (suspects[0]); the page has one field for them all
      problem
          .fieldErrors()
          .forEach(
              (field, message) ->
                  errors.merge(
                      field.replaceFirst("\\[\\d+]$", ""),
                      message,
                      (first, second) -> first + "; " + second));
    }
    model.addAttribute("errors", errors);
    return "reverse/list";
  }
}
