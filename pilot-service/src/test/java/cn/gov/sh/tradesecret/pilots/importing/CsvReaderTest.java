package cn.gov.sh.tradesecret.pilots.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

  static List<CsvReader.Line> read(String text) throws Exception {
    return CsvReader.read(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsFieldsAndRecordsWithCrlfOrLf() throws Exception {
    assertThat(read("a,b,c\r\n1,2,3\n4,,6"))
        .extracting(CsvReader.Line::fields)
        .containsExactly(List.of("a", "b", "c"), List.of("1", "2", "3"), List.of("4", "", "6"));
  }

  @Test
  void quotedFieldsHoldCommasQuotesAndLineBreaks() throws Exception {
    List<CsvReader.Line> lines =
        read("name,note\n\"上海某公司, 分公司\",\"he said \"\"yes\"\"\nand left\"\nx,y\n");

    assertThat(lines.get(1).fields()).containsExactly("上海某公司, 分公司", "he said \"yes\"\nand left");
    assertThat(lines.get(2).number()).isEqualTo(4);
  }

  @Test
  void byteOrderMarkAndBlankLinesAreSkippedAndLinesKeepTheirNumbers() throws Exception {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = "kind\n\nUNIT\n".getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, all, 0, 3);
    System.arraycopy(body, 0, all, 3, body.length);

    List<CsvReader.Line> lines = CsvReader.read(all);

    assertThat(lines).extracting(CsvReader.Line::number).containsExactly(1, 3);
    assertThat(lines.get(0).fields()).containsExactly("kind");
  }

  @Test
  void emptyQuotedFieldIsAField() throws Exception {
    assertThat(read("\"\"").get(0).fields()).containsExactly("");
    assertThat(read("a,\"\"\n").get(0).fields()).containsExactly("a", "");
  }

  @Test
  void unclosedQuoteIsRefusedWithItsLine() {
    assertThatThrownBy(() -> read("a\nb\n\"c,d\n"))
        .isInstanceOf(CsvReader.MalformedCsvException.class)
        .hasMessageContaining("line 3");
  }

  @Test
  void textAfterAClosingQuoteOrAQuoteInsideAFieldIsRefused() {
    assertThatThrownBy(() -> read("\"a\"b,c")).isInstanceOf(CsvReader.MalformedCsvException.class);
    assertThatThrownBy(() -> read("a\"b,c")).isInstanceOf(CsvReader.MalformedCsvException.class);
  }

  @Test
  void bytesThatAreNotUtf8AreRefused() {
    assertThatThrownBy(() -> CsvReader.read(new byte[] {(byte) 0xC4, (byte) 0xE3, 0x0A}))
        .isInstanceOf(CsvReader.MalformedCsvException.class)
        .hasMessageContaining("UTF-8");
  }
}
