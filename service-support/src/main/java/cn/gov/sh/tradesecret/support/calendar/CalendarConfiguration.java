package cn.gov.sh.tradesecret.support.calendar;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The working-day calendar: the shipped State Council schedules, then the operator's files. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CalendarProperties.class)
public class CalendarConfiguration {

  static final String SHIPPED = "calendar/cn-holiday-schedule.csv";

  @Bean
  WorkingDayCalendar workingDayCalendar(CalendarProperties properties) {
    Map<String, Reader> schedules = new LinkedHashMap<>();
    var shipped = CalendarConfiguration.class.getClassLoader().getResourceAsStream(SHIPPED);
    if (shipped == null) {
      throw new IllegalStateException("the shipped holiday schedule " + SHIPPED + " is missing");
    }
    schedules.put("classpath:" + SHIPPED, new InputStreamReader(shipped, StandardCharsets.UTF_8));
    for (Path file : properties.files()) {
      try {
        schedules.put(file.toString(), Files.newBufferedReader(file, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read holiday schedule " + file, e);
      }
    }
    return WorkingDayCalendar.of(schedules);
  }
}
