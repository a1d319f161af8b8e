package dev.parafold.files;

import dev.parafold.fn.Fn;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Strategy;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reducers that apply a {@link ParseMode} to records parsed as {@code Either<RecordError, T>} (from
 * {@link TextFiles#parsedLines} or {@link CsvFiles#checkedRecords}).
 *
 * <pre>{@code
 * ParseResult<Long> r = ForkJoinExecutor.shared().fold(
 *     TextFiles.parsedLines(path, line -> Long.parseLong(line.text())),
 *     BadRecords.handle(ParseMode.DROPMALFORMED, Reducers.summingLong(x -> x), 10),
 *     FoldOptions.defaults());
 * // r.value(): the sum of the good lines; r.errorCount(), r.firstErrors(): the bad ones
 * }</pre>
 *
 * @since 0.1
 */
public final class BadRecords {
  private BadRecords() {}

  /**
   * FAILFAST or DROPMALFORMED: feeds good records to {@code downstream}; a bad one throws {@link
   * RecordParseException} (FAILFAST) or is left out, counted and, among the first {@code keep},
   * kept in the {@link ParseResult} (DROPMALFORMED).
   *
   * @throws IllegalArgumentException for PERMISSIVE, which passes bad records downstream: use
   *     {@link #handle(ParseMode, Reducer, Fn, int)} with a stand-in value, or {@link #permissive}
   */
  public static <T, A, R> Reducer<Either<RecordError, T>, ?, ParseResult<R>> handle(
      ParseMode mode, Reducer<? super T, A, R> downstream, int keep) {
    Objects.requireNonNull(mode, "mode");
    if (mode == ParseMode.PERMISSIVE) {
      throw new IllegalArgumentException(
          "PERMISSIVE passes bad records downstream: give a stand-in value"
              + " (handle(PERMISSIVE, downstream, error -> ..., keep)) or use permissive(...)");
    }
    return new Handling<T, T, A, R>(mode, downstream, null, keep, false);
  }

  /**
   * Applies {@code mode}: FAILFAST throws {@link RecordParseException} at a bad record; PERMISSIVE
   * feeds {@code standIn.apply(error)} to {@code downstream} in its place (Spark's PERMISSIVE keeps
   * a malformed row as nulls); DROPMALFORMED leaves it out. PERMISSIVE and DROPMALFORMED both count
   * bad records and keep the first {@code keep} in the {@link ParseResult}.
   *
   * <pre>{@code
   * // bad lines count as 0 in the sum, and are reported
   * ParseResult<Long> r = fold(TextFiles.parsedLines(path, l -> Long.parseLong(l.text())),
   *     BadRecords.handle(ParseMode.PERMISSIVE, Reducers.summingLong(x -> x), error -> 0L, 10));
   * }</pre>
   */
  public static <T, A, R> Reducer<Either<RecordError, T>, ?, ParseResult<R>> handle(
      ParseMode mode,
      Reducer<? super T, A, R> downstream,
      Fn<? super RecordError, ? extends T> standIn,
      int keep) {
    Objects.requireNonNull(mode, "mode");
    return new Handling<T, T, A, R>(
        mode, downstream, Objects.requireNonNull(standIn, "standIn"), keep, false);
  }

  /**
   * PERMISSIVE with every record, good or bad, passed on as an {@code Either} to {@code
   * downstream}; bad ones are also counted and the first {@code keep} kept.
   */
  public static <T, A, R> Reducer<Either<RecordError, T>, ?, ParseResult<R>> permissive(
      Reducer<? super Either<RecordError, T>, A, R> downstream, int keep) {
    return new Handling<T, Either<RecordError, T>, A, R>(
        ParseMode.PERMISSIVE, downstream, null, keep, true);
  }

  // ---- the reducer ----------------------------------------------------------------------------

  /** Per-chunk state: the downstream accumulator and the errors seen (serializable for Spark). */
  static final class Acc<A> implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    A inner;
    long errors;
    final List<RecordError> first = new ArrayList<>(2);

    Acc(A inner) {
      this.inner = inner;
    }
  }

  private static final class Handling<T, U, A, R>
      implements Reducer<Either<RecordError, T>, Acc<A>, ParseResult<R>> {
    private static final long serialVersionUID = 1L;
    private final ParseMode mode;
    private final Reducer<? super U, A, R> downstream;
    private final Fn<? super RecordError, ? extends T> standIn; // PERMISSIVE's value for a bad one
    private final int keep;
    private final boolean passEither;

    Handling(
        ParseMode mode,
        Reducer<? super U, A, R> downstream,
        Fn<? super RecordError, ? extends T> standIn,
        int keep,
        boolean passEither) {
      if (keep < 0) {
        throw new IllegalArgumentException("keep must be >= 0, was " + keep);
      }
      this.mode = mode;
      this.downstream = Objects.requireNonNull(downstream, "downstream");
      this.standIn = standIn;
      this.keep = keep;
      this.passEither = passEither;
    }

    @Override
    public Acc<A> init() {
      return new Acc<>(downstream.init());
    }

    @Override
    public Acc<A> init(long offset) {
      // bad records are dropped, so element offsets downstream are known only at the start
      return new Acc<>(downstream.init(offset == 0 ? 0 : UNKNOWN_OFFSET));
    }

    @Override
    @SuppressWarnings("unchecked")
    public Acc<A> step(Acc<A> acc, Either<RecordError, T> e) {
      if (e.isLeft()) {
        RecordError err = e.getLeft();
        if (mode == ParseMode.FAILFAST) {
          throw new RecordParseException(err);
        }
        acc.errors++;
        if (acc.first.size() < keep) {
          acc.first.add(err);
        }
        if (passEither) {
          acc.inner = downstream.step(acc.inner, (U) e);
        } else if (mode == ParseMode.PERMISSIVE) {
          acc.inner = downstream.step(acc.inner, (U) standIn.apply(err));
        }
        return acc;
      }
      acc.inner = downstream.step(acc.inner, (U) (passEither ? e : e.get()));
      return acc;
    }

    @Override
    public Acc<A> combine(Acc<A> left, Acc<A> right) {
      left.inner = downstream.combine(left.inner, right.inner);
      left.errors += right.errors;
      for (RecordError err : right.first) {
        if (left.first.size() >= keep) {
          break;
        }
        left.first.add(err);
      }
      return left;
    }

    @Override
    public ParseResult<R> complete(Acc<A> acc) {
      return new ParseResult<>(downstream.complete(acc.inner), acc.errors, acc.first);
    }

    @Override
    public boolean isDone(Acc<A> acc) {
      return downstream.isDone(acc.inner);
    }

    @Override
    public boolean mayStop() {
      return downstream.mayStop();
    }

    @Override
    public Strategy strategy() {
      return downstream.strategy();
    }

    @Override
    public String describe() {
      return mode + "(" + downstream.describe() + ")";
    }
  }
}
