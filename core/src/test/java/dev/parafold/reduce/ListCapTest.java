package dev.parafold.reduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Collecting more elements than one list can hold fails naming the reducer and the count, without
 * allocating 2^31 elements: lists here fake their size.
 */
final class ListCapTest {
  /** An empty list that claims {@code size} elements, and whose add fails as a full one does. */
  static final class Huge extends ArrayList<Object> {
    private static final long serialVersionUID = 1L;
    private final int size;

    Huge(int size) {
      this.size = size;
    }

    @Override
    public int size() {
      return size;
    }

    @Override
    public boolean isEmpty() {
      return size == 0;
    }

    @Override
    public boolean add(Object o) {
      throw new OutOfMemoryError("Requested array size exceeds VM limit");
    }

    @Override
    public boolean addAll(java.util.Collection<?> c) {
      throw new AssertionError("addAll must not be reached");
    }
  }

  private static ArrayList<Object> listOf(Object... xs) {
    return new ArrayList<>(List.of(xs));
  }

  @Test
  void check_acceptsTheMax_rejectsOneMore_andSumsThatOverflowAnInt() {
    ListCap.check("toList", 0);
    ListCap.check("toList", Integer.MAX_VALUE - 8);
    StateBudgetExceededException e =
        assertThrows(
            StateBudgetExceededException.class,
            () -> ListCap.check("toList", Integer.MAX_VALUE - 7));
    assertEquals("toList", e.operation());
    assertEquals(
        "toList: 2,147,483,640 elements, more than the 2,147,483,639 that one list can hold; fold to"
            + " a count or sum, or write the elements out",
        e.getMessage());
    e =
        assertThrows(
            StateBudgetExceededException.class,
            () -> ListCap.check("toList", (long) Integer.MAX_VALUE + Integer.MAX_VALUE));
    assertEquals(true, e.getMessage().contains("4,294,967,294 elements"), e.getMessage());
  }

  @Test
  @SuppressWarnings("unchecked")
  void toList_combine_rejectsHalvesThatAddUpPastTheCap() {
    Reducer<Object, ArrayList<Object>, List<Object>> r =
        (Reducer<Object, ArrayList<Object>, List<Object>>) (Reducer<?, ?, ?>) Reducers.toList();
    StateBudgetExceededException e =
        assertThrows(
            StateBudgetExceededException.class,
            () -> r.combine(new Huge(1_500_000_000), new Huge(1_000_000_000)));
    assertEquals("toList", e.operation());
    assertEquals(true, e.getMessage().startsWith("toList: 2,500,000,000 elements"), e.getMessage());
    assertThrows(
        StateBudgetExceededException.class,
        () -> r.combine(new Huge(Integer.MAX_VALUE - 8), listOf("one more")));
    // the ordinary case
    assertEquals(List.of("a", "b"), r.combine(listOf("a"), listOf("b")));
  }

  @Test
  @SuppressWarnings("unchecked")
  void toList_step_turnsTheOutOfMemoryErrorOfAFullListIntoTheClearError() {
    Reducer<Object, ArrayList<Object>, List<Object>> r =
        (Reducer<Object, ArrayList<Object>, List<Object>>) (Reducer<?, ?, ?>) Reducers.toList();
    StateBudgetExceededException e =
        assertThrows(
            StateBudgetExceededException.class, () -> r.step(new Huge(Integer.MAX_VALUE - 8), "x"));
    assertEquals(true, e.getMessage().startsWith("toList: 2,147,483,640 elements"), e.getMessage());
    assertEquals(OutOfMemoryError.class, e.getCause().getClass());
    // a full heap with a small list is not the list's cap: rethrown as is
    Huge small = new Huge(10);
    OutOfMemoryError oom = assertThrows(OutOfMemoryError.class, () -> r.step(small, "x"));
    assertEquals("Requested array size exceeds VM limit", oom.getMessage());
  }

  @Test
  void toSortedList_combine_checksItsLongCount() {
    Reducers.SortedList<Integer> r =
        new Reducers.SortedList<>(
            dev.parafold.fn.Cmp.natural(), StateBudget.unlimited(), "toSortedList");
    Reducers.SortedList.Runs<Integer> left = r.step(r.init(), 1);
    Reducers.SortedList.Runs<Integer> right = r.step(r.init(), 2);
    left.size = 2_000_000_000L;
    right.size = 2_000_000_000L;
    StateBudgetExceededException e =
        assertThrows(StateBudgetExceededException.class, () -> r.combine(left, right));
    assertEquals("toSortedList", e.operation());
    assertEquals(
        true, e.getMessage().startsWith("toSortedList: 4,000,000,000 elements"), e.getMessage());
  }

  @Test
  @SuppressWarnings("unchecked")
  void toVector_sharesTheCheck_namingItself() {
    Reducer<Object, ArrayList<Object>, ?> r =
        (Reducer<Object, ArrayList<Object>, ?>) (Reducer<?, ?, ?>) Reducers.toVector();
    StateBudgetExceededException e =
        assertThrows(
            StateBudgetExceededException.class,
            () -> r.combine(new Huge(2_000_000_000), new Huge(200_000_000)));
    assertEquals("toVector", e.operation());
    e =
        assertThrows(
            StateBudgetExceededException.class, () -> r.step(new Huge(Integer.MAX_VALUE - 8), 1));
    assertEquals("toVector", e.operation());
    assertSame(ArrayList.class, r.init().getClass());
  }
}
