package cn.gov.sh.tradesecret.support.calendar;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Holiday schedules beyond the ones shipped ({@code platform.calendar.files}, environment {@code
 * PLATFORM_CALENDAR_FILES}, comma-separated), read after the shipped schedule so they add years or
 * correct dates: a whole year in the validated format {@code date,kind,name} ({@link YearSchedule};
 * a wrong file stops the start naming the wrong day), or dates in the shipped format {@code
 * date,type,holiday}. A new year needs a file and a restart, not a release.
 */
@ConfigurationProperties("platform.calendar")
public record CalendarProperties(@DefaultValue List<Path> files) {}
