package cn.gov.sh.tradesecret.pilots.healthcheck;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the {@link RectificationOverdueWatch} on a schedule. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfiguration {}
