package cn.gov.sh.tradesecret.support.calendar;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Holiday schedules beyond the ones shipped ({@code platform.calendar.files}, environment {@code
 * PLATFORM_CALENDAR_FILES}, comma-separated): files in the shipped format, {@code
 * date,type,holiday}, read after the shipped schedule so they add years or correct dates.
 */
@ConfigurationProperties("platform.calendar")
public record CalendarProperties(@DefaultValue List<Path> files) {}
