package cn.gov.sh.tradesecret.console.confirmation.web;

import cn.gov.sh.tradesecret.console.web.ApiProblem;
import cn.gov.sh.tradesecret.console.web.FormValues;
import cn.gov.sh.tradesecret.console.web.PlatformApi;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The court's confirmation requests ({@code GET /api/confirmations}) and the judge's decision:
 * grant, or refuse with reasons. The agreement itself stays with the parties; its fingerprint is
 * shown.
 */
@Controller
@RequestMapping("/confirmations")
class ConfirmationPages {

  private final PlatformApi api;

  ConfirmationPages(PlatformApi api) {
    this.api = api;
  }

  @GetMapping
  String list(Model model) {
    return page(model, null, null, Map.of());
  }

  @PostMapping("/{id}/grant")
  String grant(@PathVariable String id, Model model) {
    try {
      api.post("/api/confirmations/{id}/grant", null, null, id);
      return "redirect:/confirmations";
    } catch (ApiProblem problem) {
      return refused(model, id, problem, Map.of());
    }
  }

  @PostMapping("/{id}/refusal")
  String refuse(@PathVariable String id, @RequestParam Map<String, String> form, Model model) {
    Map<String, Object> refusal = new HashMap<>();
    refusal.put("reasons", FormValues.text(form, "reasons"));
    try {
      api.post("/api/confirmations/{id}/refusal", refusal, null, id);
      return "redirect:/confirmations";
    } catch (ApiProblem problem) {
      return refused(model, id, problem, form);
    }
  }

  private String refused(Model model, String id, ApiProblem problem, Map<String, String> form) {
    if (problem.status() == 404 || problem.status() >= 500) {
      throw problem;
    }
    return page(model, id, problem, form);
  }

  private String page(Model model, String failedId, ApiProblem problem, Map<String, String> form) {
    model.addAttribute("confirmations", api.get("/api/confirmations?size=100"));
    model.addAttribute("failedId", failedId);
    model.addAttribute("problem", problem);
    model.addAttribute("form", form);
    model.addAttribute("errors", problem == null ? Map.of() : problem.fieldErrors());
    return "confirmation/confirmations";
  }
}
