package cn.gov.sh.tradesecret.pilots.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as RFC 4180 defines it: fields separated by commas, records by CRLF (a bare LF or CR is
 * accepted too), a field in double quotes may hold commas, line breaks and doubled quotes. The
 * bytes must be UTF-8, with or without a byte-order mark (spreadsheets write one). Blank lines are
 * skipped. Each record knows the line of the file it starts on, so a report can name it.
 */
final class CsvReader {

  private CsvReader() {}

  /** One record and the line (from 1) it starts on. */
  record Line(int number, List<String> fields) {}

  /** The file is not readable CSV; {@code line} is where reading stopped. */
  static final class MalformedCsvException extends Exception {
    private final int line;

    MalformedCsvException(int line, String message) {
      super(message);
      this.line = line;
    }

    int line() {
      return line;
    }
  }

  static List<Line> read(byte[] bytes) throws MalformedCsvException {
    String text = decode(bytes);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<Line> lines = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int line = 1;
    int recordStart = 1;
    boolean quoted = false;
    boolean wasQuoted = false;
    int i = 0;
    int length = text.length();
    while (i < length) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < length && text.charAt(i + 1) == '"') {
            field.append('"');
            i += 2;
            continue;
          }
          quoted = false;
          i++;
          if (i < length && !isSeparator(text.charAt(i))) {
            throw new MalformedCsvException(
                line, "line " + line + ": text after the closing quote of a field");
          }
          continue;
        }
        if (c == '\n' || (c == '\r' && (i + 1 >= length || text.charAt(i + 1) != '\n'))) {
          line++;
        }
        field.append(c);
        i++;
        continue;
      }
      switch (c) {
        case '"' -> {
          if (!field.isEmpty()) {
            throw new MalformedCsvException(
                line, "line " + line + ": a quote inside an unquoted field");
          }
          quoted = true;
          wasQuoted = true;
          i++;
        }
        case ',' -> {
          fields.add(field.toString());
          field.setLength(0);
          wasQuoted = false;
          i++;
        }
        case '\r', '\n' -> {
          fields.add(field.toString());
          field.setLength(0);
          addUnlessBlank(lines, recordStart, fields, wasQuoted);
          fields = new ArrayList<>();
          wasQuoted = false;
          i += (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') ? 2 : 1;
          line++;
          recordStart = line;
        }
        default -> {
          field.append(c);
          i++;
        }
      }
    }
    if (quoted) {
      throw new MalformedCsvException(
          recordStart, "line " + recordStart + ": a quoted field is not closed");
    }
    if (!field.isEmpty() || !fields.isEmpty() || wasQuoted) {
      fields.add(field.toString());
      addUnlessBlank(lines, recordStart, fields, wasQuoted);
    }
    return lines;
  }

  private static boolean isSeparator(char c) {
    return c == ',' || c == '\r' || c == '\n';
  }

  private static void addUnlessBlank(
      List<Line> lines, int number, List<String> fields, boolean lastWasQuoted) {
    boolean blank = fields.size() == 1 && fields.get(0).isEmpty() && !lastWasQuoted;
    if (!blank) {
      lines.add(new Line(number, List.copyOf(fields)));
    }
  }

  private static String decode(byte[] bytes) throws MalformedCsvException {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new MalformedCsvException(1, "the file is not UTF-8 text (save it as CSV UTF-8)");
    }
  }
}
