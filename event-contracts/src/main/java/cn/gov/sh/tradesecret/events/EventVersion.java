package cn.gov.sh.tradesecret.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The version of a payload's published schema, the envelope's {@code schemaversion}; a payload
 * without it is at version 1. Raise it for a breaking change (a field removed, renamed, retyped or
 * made required, or a new required field): the build refuses such a change at the same version
 * ({@code PublishedSchemasTest}), and publishes the new schema beside the old one.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventVersion {

  int value();
}
