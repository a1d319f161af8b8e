package dev.parafold;

import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Transducer;
import dev.parafold.source.Source;
import dev.parafold.source.Split;
import dev.parafold.source.Stop;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.NoSuchElementException;

/**
 * Consumes a pipeline lazily, sequentially: pulls the source in small batches (growing from 1 to
 * 1024 elements), pushes each batch through the transducer chain into a buffer, and hands the
 * buffer out. Stops pulling as soon as the chain is done (limit, takeWhile).
 */
final class PullIterator<T> implements Iterator<T> {
  private static final int MAX_BATCH = 1024;

  private final Reducer<Object, Object, LinkedList<T>> chain;
  private final LinkedList<T> buffer;
  private Source<Object> rest;
  private Object acc;
  private int batch = 1;
  private boolean completed;

  @SuppressWarnings("unchecked")
  PullIterator(Source<Object> source, Transducer<Object, T> xf) {
    this.buffer = new LinkedList<>();
    Reducer<T, LinkedList<T>, LinkedList<T>> sink = new BufferReducer<>(buffer);
    this.chain = (Reducer<Object, Object, LinkedList<T>>) xf.apply(sink);
    this.rest = source.open();
    this.acc = chain.init(0);
  }

  @Override
  public boolean hasNext() {
    while (buffer.isEmpty() && !completed) {
      pull();
    }
    return !buffer.isEmpty();
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return buffer.poll();
  }

  private void pull() {
    Source<Object> part = null;
    if (rest != null && !chain.isDone(acc)) {
      if (rest.sized()) {
        long n = rest.size();
        if (n > batch) {
          Split<Object> split = rest.splitAt(batch);
          part = split.left();
          rest = split.right();
        } else {
          part = rest;
          rest = null;
        }
      } else {
        try {
          part = rest.nextBatch(batch);
        } catch (UnsupportedOperationException notBatched) {
          part = rest; // a source that can only be folded whole
          rest = null;
        }
        if (part == null) {
          rest = null;
        }
      }
      batch = Math.min(MAX_BATCH, batch * 2);
    }
    if (part != null) {
      acc = part.reduce(chain, acc, Stop.NEVER);
      return;
    }
    completed = true;
    chain.complete(acc); // flushes stateful stages into the buffer
  }

  /** Appends elements to the shared buffer. */
  private static final class BufferReducer<T> implements Reducer<T, LinkedList<T>, LinkedList<T>> {
    private static final long serialVersionUID = 1L;
    private final transient LinkedList<T> buffer;

    BufferReducer(LinkedList<T> buffer) {
      this.buffer = buffer;
    }

    @Override
    public LinkedList<T> init() {
      return buffer;
    }

    @Override
    public LinkedList<T> step(LinkedList<T> acc, T t) {
      acc.add(t);
      return acc;
    }

    @Override
    public LinkedList<T> combine(LinkedList<T> left, LinkedList<T> right) {
      return left;
    }

    @Override
    public LinkedList<T> complete(LinkedList<T> acc) {
      return acc;
    }

    @Override
    public String describe() {
      return "iterator";
    }
  }
}
