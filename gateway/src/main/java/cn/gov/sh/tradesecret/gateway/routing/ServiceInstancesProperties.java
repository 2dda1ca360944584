package cn.gov.sh.tradesecret.gateway.routing;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the instances of each service behind the gateway answer ({@code
 * platform.gateway.instances.<service>}).
 *
 * @param instances the addresses of every instance of each service: one address, or several
 *     separated by commas (e.g. {@code CASE_SERVICE_URI=http://case-1:8081,http://case-2:8081})
 */
@ConfigurationProperties("platform.gateway")
record ServiceInstancesProperties(@DefaultValue Map<String, List<URI>> instances) {}
