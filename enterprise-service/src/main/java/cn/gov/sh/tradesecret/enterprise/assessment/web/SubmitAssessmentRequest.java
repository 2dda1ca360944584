package cn.gov.sh.tradesecret.enterprise.assessment.web;

import cn.gov.sh.tradesecret.enterprise.assessment.Answer;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * An enterprise's answers to a guide: one per question code, YES, PARTLY or NO.
 *
 * @param shareWithBureau the enterprise's consent to send the scores to its district bureau
 */
record SubmitAssessmentRequest(
    @NotBlank @Size(max = 40) String guideId,
    @NotEmpty @Size(max = 500) Map<@NotBlank @Size(max = 40) String, @NotNull Answer> answers,
    boolean shareWithBureau) {}
