package cn.gov.sh.tradesecret.referrals;

import cn.gov.sh.tradesecret.testsupport.PlatformTestInfrastructure;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * An integration test of referral-service on a real PostgreSQL and Kafka, with the {@code TestClock}
 * the test controls and the deadline scheduler's own polling off (tests call it). One application
 * context for every such test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "referral.deadlines.polling=false")
@Import(PlatformTestInfrastructure.class)
public @interface ReferralIntegrationTest {}
