package cn.gov.sh.tradesecret.support.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A unified social credit code with the right check character (GB 32100-2015); null is valid
 * (combine with {@code @NotNull} where the code is required).
 */
@Documented
@Constraint(validatedBy = CreditCodeValidator.class)
@Target({
  ElementType.FIELD,
  ElementType.PARAMETER,
  ElementType.RECORD_COMPONENT,
  ElementType.TYPE_USE
})
@Retention(RetentionPolicy.RUNTIME)
public @interface CreditCode {

  String message() default
      "must be an 18-character unified social credit code with a valid check character";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
