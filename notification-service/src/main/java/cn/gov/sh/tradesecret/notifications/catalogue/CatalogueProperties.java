package cn.gov.sh.tradesecret.notifications.catalogue;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the catalogue tells agencies about this installation.
 *
 * @param version the catalogue's own version (the AsyncAPI info.version)
 * @param kafkaHost the broker address agencies' internal systems connect to
 */
@ConfigurationProperties("platform.notifications.catalogue")
public record CatalogueProperties(
    @DefaultValue("1.0.0") String version, @DefaultValue("localhost:19092") String kafkaHost) {}
