package cn.gov.sh.tradesecret.console.enterprise.web;

import cn.gov.sh.tradesecret.console.web.ApiProblem;
import cn.gov.sh.tradesecret.console.web.FormValues;
import cn.gov.sh.tradesecret.console.web.Forms;
import cn.gov.sh.tradesecret.console.web.PlatformApi;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An enterprise's evidence deposits ({@code /api/deposits}): the SHA-256 of a document, computed in
 * the browser so the document never leaves the enterprise's machine, with a title and a category;
 * the receipt, and the RFC 3161 timestamp token to keep beside the document.
 */
@Controller
@RequestMapping("/enterprise/deposits")
class DepositPages {

  static final List<String> CATEGORIES =
      List.of(
          "TECHNICAL_DRAWING",
          "SOURCE_CODE",
          "PROCESS_DOCUMENT",
          "RESEARCH_RECORD",
          "CUSTOMER_LIST",
          "BUSINESS_PLAN",
          "CONFIDENTIALITY_AGREEMENT",
          "OTHER");

  private final PlatformApi api;

  DepositPages(PlatformApi api) {
    this.api = api;
  }

  @GetMapping
  String deposits(Model model) {
    return depositsPage(model, Map.of(), Map.of(), null);
  }

  @PostMapping
  String deposit(@RequestParam Map<String, String> form, Model model) {
    Map<String, Object> deposit = new LinkedHashMap<>();
    deposit.put("sha256", FormValues.text(form, "sha256"));
    deposit.put("title", FormValues.text(form, "title"));
    deposit.put("category", FormValues.text(form, "category"));
    deposit.put("discloseDepositor", FormValues.checked(form, "discloseDepositor"));
    return Forms.submit(
        () -> "redirect:/enterprise/deposits/" + api.post("/api/deposits", deposit, null).get("id"),
        problem -> depositsPage(model, form, problem.fieldErrors(), problem));
  }

  /** The receipt. */
  @GetMapping("/{id}")
  String receipt(@PathVariable String id, Model model) {
    model.addAttribute("deposit", api.get("/api/deposits/{id}", id));
    return "enterprise/deposit";
  }

  /**
   * The timestamp token as a file (DER), to verify offline with {@code openssl ts -verify} against
   * the published certificate.
   */
  @GetMapping("/{id}/token")
  ResponseEntity<byte[]> token(@PathVariable String id) {
    Map<String, Object> deposit = api.get("/api/deposits/{id}", id);
    byte[] token = Base64.getDecoder().decode(String.valueOf(deposit.get("timestampToken")));
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_OCTET_STREAM)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(deposit.get("receiptNumber") + ".tst")
                .build()
                .toString())
        .body(token);
  }

  private String depositsPage(
      Model model, Map<String, String> form, Map<String, String> errors, ApiProblem problem) {
    model.addAttribute("deposits", api.get("/api/deposits?size=50"));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("problem", problem);
    model.addAttribute("categories", CATEGORIES);
    return "enterprise/deposits";
  }
}
