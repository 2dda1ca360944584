package cn.gov.sh.tradesecret.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditSpoolTest {

  @TempDir Path directory;

  @Test
  void spooledRecordsSurviveARestartInTheirOrder() throws Exception {
    AuditSpool spool = new AuditSpool(directory);
    spool.append("{\"id\":\"1\"}");
    spool.append("{\"id\":\"2\"}");

    AuditSpool afterRestart = new AuditSpool(directory);

    assertThat(afterRestart.records()).containsExactly("{\"id\":\"1\"}", "{\"id\":\"2\"}");
    assertThat(afterRestart.size()).isEqualTo(2);
  }

  @Test
  void removingDeliveredRecordsKeepsTheOthersAndLaterOnes() throws Exception {
    AuditSpool spool = new AuditSpool(directory);
    spool.append("{\"id\":\"1\"}");
    spool.append("{\"id\":\"2\"}");
    spool.append("{\"id\":\"3\"}");

    spool.remove(List.of("{\"id\":\"1\"}", "{\"id\":\"3\"}"));
    spool.append("{\"id\":\"4\"}");

    assertThat(spool.records()).containsExactly("{\"id\":\"2\"}", "{\"id\":\"4\"}");
    assertThat(spool.size()).isEqualTo(2);
    assertThat(new AuditSpool(directory).records())
        .containsExactly("{\"id\":\"2\"}", "{\"id\":\"4\"}");
  }

  @Test
  void aLineCutByACrashDoesNotSwallowTheNextRecord() throws Exception {
    Files.writeString(
        directory.resolve("audit-records.jsonl"),
        "{\"id\":\"1\"}\n{\"id\":\"2\",\"acc",
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE_NEW);

    AuditSpool spool = new AuditSpool(directory);
    spool.append("{\"id\":\"3\"}");

    assertThat(spool.records())
        .containsExactly("{\"id\":\"1\"}", "{\"id\":\"2\",\"acc", "{\"id\":\"3\"}");
  }

  @Test
  void aRecordOfEveryScriptIsKeptByteForByte() throws Exception {
    String record =
        "{\"path\":\"/api/cases/松江-🔒-\\u0000\",\"detail\":\"" + "x".repeat(1_000_000) + "\"}";
    new AuditSpool(directory).append(record);

    assertThat(new AuditSpool(directory).records()).containsExactly(record);
  }
}
