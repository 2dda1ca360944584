package cn.gov.sh.tradesecret.gateway.audit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Audit records that Kafka did not take, kept on local disk until it does: one JSON record a line,
 * appended to {@code audit-records.jsonl} in the spool directory and forced to disk before {@link
 * #append} returns. Delivered records are removed by writing the rest to a new file that replaces
 * the old one atomically, so a crash leaves either file whole (a record may then be sent twice:
 * audit-service keeps each record id once).
 */
final class AuditSpool {

  private final Path file;

  private long size;

  AuditSpool(Path directory) throws IOException {
    this.file = directory.resolve("audit-records.jsonl");
    endCutLine();
    this.size = records().size();
  }

  /** Appends a record and forces it to disk. */
  synchronized void append(String record) throws IOException {
    Files.createDirectories(this.file.getParent());
    try (FileChannel channel =
        FileChannel.open(
            this.file,
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE,
            StandardOpenOption.APPEND)) {
      ByteBuffer bytes = ByteBuffer.wrap((record + "\n").getBytes(StandardCharsets.UTF_8));
      while (bytes.hasRemaining()) {
        channel.write(bytes);
      }
      channel.force(true);
    }
    this.size++;
  }

  /** The records waiting, oldest first. */
  synchronized List<String> records() throws IOException {
    if (!Files.exists(this.file)) {
      return List.of();
    }
    return Files.readAllLines(this.file, StandardCharsets.UTF_8).stream()
        .filter((line) -> !line.isBlank())
        .toList();
  }

  /** Removes records that Kafka has acknowledged (or that can never be sent). */
  synchronized void remove(Collection<String> done) throws IOException {
    if (done.isEmpty()) {
      return;
    }
    Set<String> removed = new HashSet<>(done);
    List<String> kept = records().stream().filter((line) -> !removed.contains(line)).toList();
    Path next = this.file.resolveSibling(this.file.getFileName() + ".next");
    try (FileChannel channel =
        FileChannel.open(
            next,
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING)) {
      StringBuilder text = new StringBuilder();
      kept.forEach((line) -> text.append(line).append('\n'));
      ByteBuffer bytes = ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
      while (bytes.hasRemaining()) {
        channel.write(bytes);
      }
      channel.force(true);
    }
    Files.move(next, this.file, StandardCopyOption.ATOMIC_MOVE);
    this.size = kept.size();
  }

  /** How many records wait. */
  synchronized long size() {
    return this.size;
  }

  /** A line cut by a crash (of an earlier run) must not swallow the next record. */
  private void endCutLine() throws IOException {
    if (!Files.exists(this.file)) {
      return;
    }
    try (FileChannel channel =
        FileChannel.open(this.file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      long length = channel.size();
      ByteBuffer last = ByteBuffer.allocate(1);
      if (length > 0 && channel.read(last, length - 1) == 1 && last.get(0) != '\n') {
        channel.write(ByteBuffer.wrap(new byte[] {'\n'}), length);
        channel.force(true);
      }
    }
  }
}
