package cn.gov.sh.tradesecret.cases.deadline;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Runs the {@link DeadlineWatch} ({@code platform.deadlines.check-interval}, default one minute).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfiguration {}
