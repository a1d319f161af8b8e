package dev.parafold.files;

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
   * Feeds good records to {@code downstream}; a bad one throws {@link RecordParseException}
   * (FAILFAST) or is counted and, among the first {@code keep}, kept (PERMISSIVE, DROPMALFORMED).
   */
  public static <T, A, R> Reducer<Either<RecordError, T>, ?, ParseResult<R>> handle(
      ParseMode mode, Reducer<? super T, A, R> downstream, int keep) {
    Objects.requireNonNull(mode, "mode");
    return new Handling<T, T, A, R>(mode, downstream, keep, false);
  }

  /**
   * PERMISSIVE with every record, good or bad, passed on as an {@code Either} to {@code
   * downstream}; bad ones are also counted and the first {@code keep} kept.
   */
  public static <T, A, R> Reducer<Either<RecordError, T>, ?, ParseResult<R>> permissive(
      Reducer<? super Either<RecordError, T>, A, R> downstream, int keep) {
    return new Handling<T, Either<RecordError, T>, A, R>(
        ParseMode.PERMISSIVE, downstream, keep, true);
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
    private final int keep;
    private final boolean passEither;

    Handling(ParseMode mode, Reducer<? super U, A, R> downstream, int keep, boolean passEither) {
      if (keep < 0) {
        throw new IllegalArgumentException("keep must be >= 0, was " + keep);
      }
      this.mode = mode;
      this.downstream = Objects.requireNonNull(downstream, "downstream");
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
        if (!passEither) {
          return acc;
        }
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
