package cn.gov.sh.tradesecret.console.lead.web;

import cn.gov.sh.tradesecret.console.web.ApiProblem;
import cn.gov.sh.tradesecret.console.web.FormValues;
import cn.gov.sh.tradesecret.console.web.Forms;
import cn.gov.sh.tradesecret.console.web.Officer;
import cn.gov.sh.tradesecret.console.web.PlatformApi;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The bureau's leads: registration ({@code POST /api/leads}), the lead with its decision clock, the
 * municipal bureau's designation of the district bureau ({@code POST /api/leads/{id}/designation},
 * SAMR Order No. 126), the head's extension of the decision deadline, and the decision: file a case
 * ({@code POST /api/leads/{id}/filing}) or decline with reasons.
 */
@Controller
@RequestMapping("/leads")
class LeadPages {

  static final List<String> SOURCES =
      List.of("COMPLAINT", "REPORT", "INSPECTION_FINDING", "TRANSFER_FROM_HIGHER_LEVEL");
  static final List<String> DECLINE_REASONS =
      List.of("NO_VIOLATION", "INSUFFICIENT_EVIDENCE", "NOT_COMPETENT", "TIME_BARRED", "OTHER");

  private final PlatformApi api;

  LeadPages(PlatformApi api) {
    this.api = api;
  }

  @GetMapping
  String list(Model model) {
    model.addAttribute("leads", api.get("/api/leads?size=50"));
    return "lead/list";
  }

  /**
   * Only a bureau registers leads: another agency's officer is not shown a form the API refuses.
   */
  @GetMapping("/new")
  String registration(@ModelAttribute("officer") Officer officer, Model model) {
    if (!officer.bureau()) {
      throw new ApiProblem(403, "forbidden", null, Map.of());
    }
    return registrationForm(model, Map.of(), Map.of(), null);
  }

  /** The form's fields carry the API's names ({@code rightsHolder.creditCode}), errors too. */
  @PostMapping
  String register(@RequestParam Map<String, String> form, Model model) {
    Map<String, Object> rightsHolder = new LinkedHashMap<>();
    rightsHolder.put("name", FormValues.text(form, "rightsHolder.name"));
    rightsHolder.put("creditCode", FormValues.text(form, "rightsHolder.creditCode"));
    Map<String, Object> lead = new LinkedHashMap<>();
    lead.put("source", FormValues.text(form, "source"));
    lead.put("district", FormValues.text(form, "district"));
    lead.put("rightsHolder", rightsHolder);
    String suspect = FormValues.text(form, "suspects[0].name");
    lead.put("suspects", suspect == null ? List.of() : List.of(Map.of("name", suspect)));
    lead.put("description", FormValues.text(form, "description"));
    lead.put("claimedAmount", FormValues.number(form, "claimedAmount"));
    return Forms.submit(
        () -> "redirect:/leads/" + api.post("/api/leads", lead, null).get("id"),
        problem -> registrationForm(model, form, problem.fieldErrors(), problem));
  }

  @GetMapping("/{id}")
  String lead(@PathVariable String id, Model model) {
    return leadPage(model, api.get("/api/leads/{id}", id), Map.of(), null);
  }

  /**
   * A filing the filing rule in force refuses (409 naming the rule, e.g. a district bureau without
   * the municipal bureau's designation under SAMR Order No. 126) is explained on the lead page.
   */
  @PostMapping("/{id}/filing")
  String file(@PathVariable String id, @RequestParam(required = false) Long version, Model model) {
    try {
      Map<String, Object> filed = api.post("/api/leads/{id}/filing", null, version, id);
      return "redirect:/cases/" + filed.get("id");
    } catch (ApiProblem problem) {
      if (problem.status() != 409) {
        throw problem;
      }
      return leadPage(model, api.get("/api/leads/{id}", id), Map.of(), problem);
    }
  }

  @PostMapping("/{id}/designation")
  String designate(
      @PathVariable String id,
      @RequestParam(required = false) Long version,
      @RequestParam Map<String, String> form,
      Model model) {
    Map<String, Object> designation = new LinkedHashMap<>();
    designation.put("documentNumber", FormValues.text(form, "documentNumber"));
    return Forms.submit(
        () -> {
          api.post("/api/leads/{id}/designation", designation, version, id);
          return "redirect:/leads/" + id;
        },
        problem -> {
          model.addAttribute("form", form);
          return leadPage(model, api.get("/api/leads/{id}", id), problem.fieldErrors(), problem);
        });
  }

  /** The head gives the filing decision once 15 more working days, with reasons. */
  @PostMapping("/{id}/deadline-extension")
  String extendDeadline(
      @PathVariable String id,
      @RequestParam(required = false) Long version,
      @RequestParam Map<String, String> form,
      Model model) {
    Map<String, Object> extension = new LinkedHashMap<>();
    extension.put("reason", FormValues.text(form, "extensionReason"));
    try {
      api.post("/api/leads/{id}/deadline-extension", extension, version, id);
      return "redirect:/leads/" + id;
    } catch (ApiProblem problem) {
      if (problem.status() == 404 || problem.status() == 403 || problem.status() >= 500) {
        throw problem;
      }
      model.addAttribute("form", form);
      Map<String, String> errors = new LinkedHashMap<>();
      problem.fieldErrors().forEach((field, message) -> errors.put("extensionReason", message));
      return leadPage(model, api.get("/api/leads/{id}", id), errors, problem);
    }
  }

  @PostMapping("/{id}/decline")
  String decline(
      @PathVariable String id,
      @RequestParam(required = false) Long version,
      @RequestParam Map<String, String> form,
      Model model) {
    Map<String, Object> decision = new LinkedHashMap<>();
    decision.put("reasonCode", FormValues.text(form, "reasonCode"));
    decision.put("reason", FormValues.text(form, "reason"));
    return Forms.submit(
        () -> {
          api.post("/api/leads/{id}/decline", decision, version, id);
          return "redirect:/leads/" + id;
        },
        problem -> leadPage(model, api.get("/api/leads/{id}", id), problem.fieldErrors(), problem));
  }

  private static String registrationForm(
      Model model, Map<String, String> form, Map<String, String> errors, ApiProblem problem) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("problem", problem);
    model.addAttribute("sources", SOURCES);
    return "lead/new";
  }

  private static String leadPage(
      Model model, Map<String, Object> lead, Map<String, String> errors, ApiProblem problem) {
    model.addAttribute("lead", lead);
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", Map.of());
    }
    model.addAttribute("errors", errors);
    model.addAttribute("problem", problem);
    model.addAttribute("declineReasons", DECLINE_REASONS);
    return "lead/detail";
  }
}
