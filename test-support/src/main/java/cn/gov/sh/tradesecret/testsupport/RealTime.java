package cn.gov.sh.tradesecret.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks test code that reads the machine's clock on purpose, with the reason. Only credentials and
 * measurements qualify: a token's lifetime is checked by Spring Security against the real time, and
 * a benchmark measures real time. Anything that reads a date uses the {@link TestClock}; the
 * architecture check ({@link TestArchitecture#testsSetTheirOwnClock}) refuses every other read.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.CONSTRUCTOR})
public @interface RealTime {

  /** Why this code needs the real time. */
  String value();
}
