package dev.parafold.files;

import dev.parafold.fn.CheckedFn;
import io.vavr.control.Either;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Lines of text files as splittable sources: one file or a {@link FileSet}, split into chunks by
 * byte ranges, with or without positions.
 *
 * <pre>{@code
 * long n = ForkJoinExecutor.shared().fold(
 *     TextFiles.lines(Path.of("big.log")), Reducers.count(), FoldOptions.defaults());
 * }</pre>
 *
 * <p>Lines end at {@code \n}, {@code \r\n} or a lone {@code \r}, as {@link
 * java.io.BufferedReader#readLine()} reads them; a final line without a terminator counts, a
 * terminator at the very end does not start another line, and a byte-order mark at offset 0 is not
 * part of line 1. Files over 2 GiB split like any other. See {@link FileSource} for the contract.
 *
 * @see java.nio.file.Files#lines(Path)
 * @since 0.1
 */
public final class TextFiles {
  private TextFiles() {}

  /** The lines of {@code file} in UTF-8. */
  public static FileSource<String> lines(Path file) {
    return lines(FileSet.of(file), StandardCharsets.UTF_8);
  }

  /** The lines of {@code file} in {@code charset}. */
  public static FileSource<String> lines(Path file, Charset charset) {
    return lines(FileSet.of(file), charset);
  }

  /** The lines of every file of {@code files}, file after file, in {@code charset}. */
  public static FileSource<String> lines(FileSet files, Charset charset) {
    return new FileSource<>(files, charset, LINES, ReadSettings.DEFAULTS, null);
  }

  /**
   * The lines of {@code file} in UTF-8 with file, 1-based line number and byte offset.
   *
   * <pre>{@code
   * List<Line> todo = SequentialExecutor.instance().fold(
   *     TextFiles.numberedLines(Path.of("Main.java")).withChunkBytes(1 << 20),
   *     Reducers.toList(), FoldOptions.defaults());
   * }</pre>
   *
   * @implNote Numbers are resolved when asked for: {@link Line#number()} counts the line breaks
   *     before the line's chunk once per chunk (blocks of the chunk grid, memoised per run), so a
   *     fold that never asks counts nothing.
   */
  public static FileSource<Line> numberedLines(Path file) {
    return numberedLines(FileSet.of(file), StandardCharsets.UTF_8);
  }

  /** Numbered lines of {@code file} in {@code charset}. */
  public static FileSource<Line> numberedLines(Path file, Charset charset) {
    return numberedLines(FileSet.of(file), charset);
  }

  /** Numbered lines of every file of {@code files} (numbers restart at 1 in each file). */
  public static FileSource<Line> numberedLines(FileSet files, Charset charset) {
    return new FileSource<>(files, charset, NUMBERED, ReadSettings.DEFAULTS, null);
  }

  /**
   * Each line of {@code files} parsed by {@code parser}: {@code Right(value)}, or {@code
   * Left(error)} naming file, line, offset and a snippet when the parser throws. Fold it with
   * {@link BadRecords#handle} to apply a {@link ParseMode}.
   */
  public static <T> FileSource<Either<RecordError, T>> parsedLines(
      FileSet files, Charset charset, CheckedFn<? super Line, ? extends T> parser) {
    return new FileSource<>(files, charset, new Parsed<>(parser), ReadSettings.DEFAULTS, null);
  }

  /** {@link #parsedLines(FileSet, Charset, CheckedFn)} of one UTF-8 file. */
  public static <T> FileSource<Either<RecordError, T>> parsedLines(
      Path file, CheckedFn<? super Line, ? extends T> parser) {
    return parsedLines(FileSet.of(file), StandardCharsets.UTF_8, parser);
  }

  /**
   * The words of {@code file} in UTF-8, in file order: the runs of characters between whitespace
   * (space, tab, line breaks, vertical tab, form feed), so the words of a line are what {@code
   * line.split("\\s+")} gives, without the empty strings.
   *
   * <pre>{@code
   * Map<String, Long> counts = ForkJoinExecutor.shared().fold(
   *     TextFiles.words(Path.of("book.txt")), Reducers.countBy(w -> w), FoldOptions.defaults());
   * }</pre>
   *
   * @implNote Words are cut in the bytes, with no {@code String} per line and no regular
   *     expression, and a short ASCII word seen before in the same chunk is the same {@code String}
   *     again (its hash code cached): counting or grouping by word then compares references. A
   *     chunk starts at a line, so a word is never cut by a split.
   */
  public static FileSource<String> words(Path file) {
    return words(FileSet.of(file), StandardCharsets.UTF_8);
  }

  /** The words of every file of {@code files}, file after file, in {@code charset}. */
  public static FileSource<String> words(FileSet files, Charset charset) {
    return new FileSource<>(files, charset, WORDS, ReadSettings.DEFAULTS, null);
  }

  // ---- record kinds ---------------------------------------------------------------------------

  static final RecordKind<String> LINES =
      new RecordKind<>() {
        @Override
        public String name() {
          return "lines";
        }

        @Override
        public Object makeText(
            OpenedFile file, LineNumbers lines, long relative, long offset, String text) {
          return text;
        }
      };

  /** Words: the chunk loops cut each line into several elements (see {@link Words}). */
  static final RecordKind<String> WORDS =
      new RecordKind<>() {
        @Override
        public String name() {
          return "words";
        }

        @Override
        public Object makeText(
            OpenedFile file, LineNumbers lines, long relative, long offset, String text) {
          throw new UnsupportedOperationException("words are cut by the chunk loops");
        }
      };

  private static final RecordKind<Line> NUMBERED =
      new RecordKind<>() {
        @Override
        public String name() {
          return "numbered lines";
        }

        @Override
        public Object makeText(
            OpenedFile file, LineNumbers lines, long relative, long offset, String text) {
          return new Line(file.path, lines, relative, offset, text);
        }
      };

  /** Lines through a parser; failures become {@code Left} with the position. */
  private static final class Parsed<T> implements RecordKind<Either<RecordError, T>> {
    private final CheckedFn<? super Line, ? extends T> parser;

    Parsed(CheckedFn<? super Line, ? extends T> parser) {
      this.parser = Objects.requireNonNull(parser, "parser");
    }

    @Override
    public String name() {
      return "parsed lines";
    }

    @Override
    public Object makeText(
        OpenedFile file, LineNumbers lines, long relative, long offset, String text) {
      Line line = new Line(file.path, lines, relative, offset, text);
      try {
        return Either.right(parser.apply(line));
      } catch (Exception e) {
        String msg = e.getMessage() == null ? e.getClass().getName() : e.toString();
        return Either.left(line.error(msg, e));
      }
    }
  }
}
