package cn.gov.sh.tradesecret.cases.statistics;

import cn.gov.sh.tradesecret.support.domain.DomainException;
import java.util.Locale;

/** The files a yearly report downloads as. */
public enum ReportFormat {
  CSV("csv"),
  XLSX("xlsx");

  private final String extension;

  ReportFormat(String extension) {
    this.extension = extension;
  }

  public String extension() {
    return extension;
  }

  /**
   * The format named {@code csv} or {@code xlsx}; anything else is refused naming {@code format}.
   */
  public static ReportFormat named(String name) {
    for (ReportFormat format : values()) {
      if (format.extension.equals(name.toLowerCase(Locale.ROOT))) {
        return format;
      }
    }
    throw DomainException.invalidField("format", "must be csv or xlsx");
  }
}
