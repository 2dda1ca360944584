package cn.gov.sh.tradesecret.console.enterprise.web;

import cn.gov.sh.tradesecret.console.web.ApiProblem;
import cn.gov.sh.tradesecret.console.web.Forms;
import cn.gov.sh.tradesecret.console.web.PlatformApi;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public verification of a fingerprint ({@code /api/deposits/verification}): whether and when
 * it was deposited, and by whom if the depositor allowed it; nothing else of the deposit. The file,
 * if one is chosen, is hashed in the browser. Open to every signed-in user, and the certificate the
 * tokens verify against is offered for download.
 */
@Controller
@RequestMapping("/verification")
class VerificationPage {

  private static final MediaType PEM = MediaType.parseMediaType("application/x-pem-file");

  private final PlatformApi api;

  VerificationPage(PlatformApi api) {
    this.api = api;
  }

  @GetMapping
  String verify(@RequestParam(required = false) String sha256, Model model) {
    model.addAttribute("form", sha256 == null ? Map.of() : Map.of("sha256", sha256));
    model.addAttribute("errors", Map.of());
    if (sha256 == null) {
      return "enterprise/verification";
    }
    return Forms.submit(
        () -> {
          model.addAttribute(
              "verification", api.get("/api/deposits/verification?sha256={sha256}", sha256));
          return "enterprise/verification";
        },
        (ApiProblem problem) -> {
          model.addAttribute("problem", problem);
          model.addAttribute("errors", problem.fieldErrors());
          return "enterprise/verification";
        });
  }

  /** The timestamping authority's certificate (PEM), for {@code openssl ts -verify -CAfile}. */
  @GetMapping("/certificate")
  ResponseEntity<byte[]> certificate() {
    return ResponseEntity.ok()
        .contentType(PEM)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename("timestamping.pem").build().toString())
        .body(api.getBytes("/api/timestamping/certificate", PEM));
  }
}
