package cn.gov.sh.tradesecret.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One platform for every end-to-end test class of the run: started by {@code ./platform up} when
 * the first class asks for it, stopped by {@code ./platform down} when the run ends (the root store
 * closes what it holds).
 */
final class PlatformExtension implements ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(PlatformExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Gateway.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .computeIfAbsent(Gateway.class, key -> new Gateway(started()), Gateway.class);
  }

  private static LocalPlatform started() {
    if ("running".equals(System.getProperty("e2e.platform"))) {
      return LocalPlatform.running();
    }
    LocalPlatform platform = new LocalPlatform(Path.of("target", "platform-home").toAbsolutePath());
    LocalPlatform.Result up = platform.run(900, "up");
    if (up.exitCode() != 0) {
      platform.run(120, "down");
    }
    assertThat(up.exitCode()).as("./platform up").isZero();
    assertThat(up.lastLine()).contains("platform ready");
    return platform;
  }
}
