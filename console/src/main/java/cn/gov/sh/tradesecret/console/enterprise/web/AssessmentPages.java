package cn.gov.sh.tradesecret.console.enterprise.web;

import cn.gov.sh.tradesecret.console.web.ApiProblem;
import cn.gov.sh.tradesecret.console.web.FormValues;
import cn.gov.sh.tradesecret.console.web.Forms;
import cn.gov.sh.tradesecret.console.web.PlatformApi;
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
 * Self-assessment against a sector guide ({@code /api/assessment-guides}, {@code
 * /api/self-assessments}): the guide's areas and questions as a form, answered yes, partly or no;
 * enterprise-service scores each area and gives its advice, and with the enterprise's consent sends
 * the result to its district bureau.
 */
@Controller
@RequestMapping("/enterprise/self-assessments")
class AssessmentPages {

  static final List<String> ANSWERS = List.of("YES", "PARTLY", "NO");

  /** The form names an answer as the API does: {@code answers.CLS-1}. */
  static final String ANSWER = "answers.";

  private final PlatformApi api;

  AssessmentPages(PlatformApi api) {
    this.api = api;
  }

  @GetMapping
  String list(Model model) {
    model.addAttribute("guides", api.getList("/api/assessment-guides"));
    model.addAttribute("assessments", api.get("/api/self-assessments?size=50"));
    return "enterprise/assessments";
  }

  @GetMapping("/new")
  String assessmentForm(@RequestParam String guide, Model model) {
    return assessmentForm(model, guide, Map.of(), Map.of(), null);
  }

  @PostMapping
  String assess(@RequestParam Map<String, String> form, Model model) {
    String guideId = FormValues.text(form, "guideId");
    Map<String, Object> answers = new LinkedHashMap<>();
    form.forEach(
        (field, value) -> {
          if (field.startsWith(ANSWER)) {
            answers.put(field.substring(ANSWER.length()), value);
          }
        });
    Map<String, Object> assessment = new LinkedHashMap<>();
    assessment.put("guideId", guideId);
    assessment.put("answers", answers);
    assessment.put("shareWithBureau", FormValues.checked(form, "shareWithBureau"));
    return Forms.submit(
        () ->
            "redirect:/enterprise/self-assessments/"
                + api.post("/api/self-assessments", assessment, null).get("id"),
        problem -> assessmentForm(model, guideId, form, problem.fieldErrors(), problem));
  }

  /** The scores per area and the advice. */
  @GetMapping("/{id}")
  String assessment(@PathVariable String id, Model model) {
    Map<String, Object> assessment = api.get("/api/self-assessments/{id}", id);
    model.addAttribute("assessment", assessment);
    model.addAttribute("guide", api.get("/api/assessment-guides/{id}", assessment.get("guideId")));
    return "enterprise/assessment";
  }

  private String assessmentForm(
      Model model,
      String guideId,
      Map<String, String> form,
      Map<String, String> errors,
      ApiProblem problem) {
    model.addAttribute("guide", api.get("/api/assessment-guides/{id}", guideId));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("problem", problem);
    model.addAttribute("answers", ANSWERS);
    return "enterprise/assessment-new";
  }
}
