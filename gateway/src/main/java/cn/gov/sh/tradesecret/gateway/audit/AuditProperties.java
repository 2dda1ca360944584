package cn.gov.sh.tradesecret.gateway.audit;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the gateway keeps audit records that Kafka did not take ({@code platform.gateway.audit.*}).
 * How often they are offered again is {@code platform.gateway.audit.resend-interval} (default 10
 * s).
 *
 * @param spoolDirectory a directory on a disk that survives a restart of the gateway (a volume in a
 *     container)
 */
@ConfigurationProperties("platform.gateway.audit")
record AuditProperties(@DefaultValue("audit-spool") Path spoolDirectory) {}
