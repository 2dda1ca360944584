package cn.gov.sh.tradesecret.console.referral.web;

import cn.gov.sh.tradesecret.console.web.ApiProblem;
import cn.gov.sh.tradesecret.console.web.FormValues;
import cn.gov.sh.tradesecret.console.web.PlatformApi;
import java.util.ArrayList;
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
 * The referrals an officer may see (referral-service decides which): the list, with the head's
 * approvals queue first, and a referral with its history and clocks. Each step is one form posted
 * to its sub-resource ({@code POST /api/referrals/{id}/receipt} ...); the page offers only the
 * steps of the officer's agency at the referral's status, the procuratorate's supervision of a
 * declined referral included (the bureau's request, the procurator's requirement of an explanation,
 * order to file or closing, the police's explanation).
 */
@Controller
@RequestMapping("/referrals")
class ReferralPages {

  /** The five materials a transfer carries (art. 6 of the transfer provisions). */
  static final List<String> MATERIALS =
      List.of(
          "TRANSFER_LETTER",
          "INVESTIGATION_REPORT",
          "ITEMS_LIST",
          "INSPECTION_CONCLUSIONS",
          "OTHER_MATERIALS");

  /** The steps this page offers, each with the fields of its request body. */
  static final Map<String, List<String>> STEPS =
      Map.ofEntries(
          Map.entry("approval", List.of()),
          Map.entry("rejection", List.of("reasons")),
          Map.entry("receipt", List.of()),
          Map.entry("acceptance", List.of("filingNotice")),
          Map.entry("decline", List.of("reasons")),
          Map.entry("forwarding", List.of("toPoliceUnit", "reasons")),
          Map.entry("transfer", List.of()),
          // the procuratorate's supervision of a declined referral (art. 9 of the regulation)
          Map.entry("supervision-request", List.of("reasons")),
          Map.entry("explanation-requirement", List.of("reasons")),
          Map.entry("explanation", List.of("reasons")),
          Map.entry("filing-order", List.of("reasons")),
          Map.entry("supervision-closure", List.of("reasons")));

  private final PlatformApi api;

  ReferralPages(PlatformApi api) {
    this.api = api;
  }

  @GetMapping
  String list(Model model) {
    model.addAttribute("referrals", api.get("/api/referrals?size=100"));
    return "referral/list";
  }

  @GetMapping("/{id}")
  String show(@PathVariable String id, Model model) {
    return referralPage(model, id, null, Map.of(), null);
  }

  @PostMapping("/{id}/{step}")
  String step(
      @PathVariable String id,
      @PathVariable String step,
      @RequestParam Map<String, String> form,
      Model model) {
    if (!STEPS.containsKey(step)) {
      throw new ApiProblem(404, "not-found", "", Map.of());
    }
    Map<String, Object> body = new LinkedHashMap<>();
    STEPS.get(step).forEach(field -> body.put(field, FormValues.text(form, field)));
    if (step.equals("transfer")) {
      body.put("materials", materials(form));
    }
    try {
      api.post("/api/referrals/{id}/" + step, body.isEmpty() ? null : body, null, id);
      return "redirect:/referrals/" + id;
    } catch (ApiProblem problem) {
      if (problem.status() == 404 || problem.status() == 403 || problem.status() >= 500) {
        throw problem;
      }
      return referralPage(model, id, step, form, problem);
    }
  }

  private static List<Map<String, Object>> materials(Map<String, String> form) {
    List<Map<String, Object>> materials = new ArrayList<>();
    for (int i = 0; i < MATERIALS.size(); i++) {
      Map<String, Object> material = new LinkedHashMap<>();
      material.put("kind", MATERIALS.get(i));
      material.put("title", FormValues.text(form, "materials[" + i + "].title"));
      material.put("sha256", FormValues.text(form, "materials[" + i + "].sha256"));
      materials.add(material);
    }
    return materials;
  }

  private String referralPage(
      Model model, String id, String failedStep, Map<String, String> form, ApiProblem problem) {
    model.addAttribute("referral", api.get("/api/referrals/{id}", id));
    model.addAttribute("history", api.getList("/api/referrals/{id}/history", id));
    model.addAttribute("clocks", api.getList("/api/referrals/{id}/deadlines", id));
    model.addAttribute("materials", MATERIALS);
    model.addAttribute("failedStep", failedStep);
    model.addAttribute("form", form);
    model.addAttribute("problem", problem);
    model.addAttribute("errors", problem == null ? Map.of() : problem.fieldErrors());
    return "referral/detail";
  }
}
