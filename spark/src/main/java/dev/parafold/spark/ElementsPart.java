package dev.parafold.spark;

import dev.parafold.source.Source;
import dev.parafold.source.Sources;
import java.util.ArrayList;
import java.util.List;

/**
 * A part that carries its elements: used for sources that cannot describe their partitions (an
 * array, a list, an iterator), so the driver reads them and ships each chunk inside its task.
 */
final class ElementsPart<T> implements SourcePart<T> {
  private static final long serialVersionUID = 1L;

  private final ArrayList<T> elements;
  private final long offset;

  ElementsPart(List<T> elements, long offset) {
    this.elements = new ArrayList<>(elements);
    this.offset = offset;
  }

  List<T> elements() {
    return elements;
  }

  @Override
  public long offset() {
    return offset;
  }

  @Override
  public long size() {
    return elements.size();
  }

  @Override
  public Source<T> open() {
    return Sources.iterable(elements);
  }

  @Override
  public String describe() {
    return elements.size() + " elements from offset " + offset;
  }
}
