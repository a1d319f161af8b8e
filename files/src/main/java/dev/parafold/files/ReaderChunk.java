package dev.parafold.files;

import dev.parafold.reduce.Reducer;
import dev.parafold.source.Source;
import dev.parafold.source.Split;
import dev.parafold.source.Stop;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.file.Files;

/**
 * A whole file in a charset whose line breaks cannot be found on raw bytes (stateful or EBCDIC
 * charsets): decoded as one stream by a {@link BufferedReader}, never split. Line numbers are
 * exact; byte offsets are {@link RecordError#UNKNOWN}.
 */
final class ReaderChunk<T> implements Source<T> {
  private final OpenedFile file;
  private final RecordKind<T> kind;

  ReaderChunk(OpenedFile file, RecordKind<T> kind) {
    this.file = file;
    this.kind = kind;
  }

  @Override
  public long size() {
    return -1;
  }

  @Override
  public Split<T> split() {
    return null;
  }

  @Override
  public <A> A reduce(Reducer<? super T, A, ?> r, A acc, Stop stop) {
    try (InputStream raw =
            file.gzip ? OpenedFile.gunzip(file.path) : Files.newInputStream(file.path);
        BufferedReader in =
            new BufferedReader(new InputStreamReader(raw, file.enc.declared), 1 << 16)) {
      final boolean check = r.mayStop();
      final Words words = kind == TextFiles.WORDS ? new Words(file.enc.decode, 0) : null;
      long line = 1;
      int sincePoll = 0;
      String text;
      lines:
      while ((text = in.readLine()) != null) {
        if (line == 1 && text.startsWith("\uFEFF")) {
          text = text.substring(1);
        }
        if (words != null) {
          words.text(text);
          for (String word = words.next(); word != null; word = words.next()) {
            @SuppressWarnings("unchecked")
            T t = (T) word;
            acc = r.step(acc, t);
            if (check && r.isDone(acc)) {
              break lines;
            }
          }
        } else {
          Object made =
              kind.makeText(file, LineNumbers.FROM_START, line - 1, RecordError.UNKNOWN, text);
          if (made != RecordKind.SKIP) {
            @SuppressWarnings("unchecked")
            T t = (T) made;
            acc = r.step(acc, t);
            if (check && r.isDone(acc)) {
              break;
            }
          }
        }
        line++;
        if (++sincePoll == Stop.CHECK_INTERVAL) {
          sincePoll = 0;
          if (stop.stopRequested()) {
            return acc;
          }
        }
      }
    } catch (IOException e) {
      throw OpenedFile.failure(file.path, e);
    }
    file.progress.chunkDone(file.length);
    return acc;
  }

  @Override
  public String describe() {
    return kind.name() + " of " + file.path + ", " + file.enc.describe() + ", one chunk";
  }
}
