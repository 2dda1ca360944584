package cn.gov.sh.tradesecret.support;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A bare service that has only what service-support gives every service. */
@SpringBootApplication
public class SupportTestApplication {}
