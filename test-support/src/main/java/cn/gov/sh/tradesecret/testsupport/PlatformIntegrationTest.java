package cn.gov.sh.tradesecret.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;

/**
 * An integration test of a service: the whole application on a random port, on a real PostgreSQL
 * and Kafka, validating the {@link TestIssuer}'s tokens, on the {@link TestClock} ({@link
 * PlatformTestInfrastructure}). Every such test of a module with the same properties shares one
 * application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(PlatformTestInfrastructure.class)
public @interface PlatformIntegrationTest {

  /** Properties of the application under test, as in {@link SpringBootTest#properties()}. */
  @AliasFor(annotation = SpringBootTest.class, attribute = "properties")
  String[] properties() default {};
}
