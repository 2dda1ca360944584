package cn.gov.sh.tradesecret.referrals;

import cn.gov.sh.tradesecret.testsupport.PlatformIntegrationTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An integration test of referral-service: the platform's ({@link PlatformIntegrationTest}: real
 * PostgreSQL and Kafka, the {@code TestClock} the test controls), with the deadline scheduler's own
 * polling off (tests call it). One application context for every such test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@PlatformIntegrationTest(properties = "referral.deadlines.polling=false")
public @interface ReferralIntegrationTest {}
