package dev.parafold.reduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Collecting more elements than one list can hold fails naming the reducer and the count, without
 * allocating 2^31 elements: accumulators here fake their size.
 */
final class ListCapTest {
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

  /** A list of {@code xs} that claims {@code size} elements in all. */
  private static ChunkedList<Object> claiming(long size, Object... xs) {
    ChunkedList<Object> c = new ChunkedList<>();
    for (Object x : xs) {
      c.add(x, "test");
    }
    c.size = size;
    return c;
  }

  @Test
  @SuppressWarnings("unchecked")
  void toList_combine_rejectsHalvesThatAddUpPastTheCap() {
    Reducer<Object, ChunkedList<Object>, List<Object>> r =
        (Reducer<Object, ChunkedList<Object>, List<Object>>) (Reducer<?, ?, ?>) Reducers.toList();
    StateBudgetExceededException e =
        assertThrows(
            StateBudgetExceededException.class,
            () -> r.combine(claiming(1_500_000_000, "a"), claiming(1_000_000_000, "b")));
    assertEquals("toList", e.operation());
    assertEquals(true, e.getMessage().startsWith("toList: 2,500,000,000 elements"), e.getMessage());
    assertThrows(
        StateBudgetExceededException.class,
        () -> r.combine(claiming(Integer.MAX_VALUE - 8, "a"), claiming(1, "one more")));
    // the ordinary case
    assertEquals(List.of("a", "b"), r.complete(r.combine(claiming(1, "a"), claiming(1, "b"))));
  }

  @Test
  @SuppressWarnings("unchecked")
  void toList_step_pastTheCap_throwsTheClearError_beforeAllocating() {
    Reducer<Object, ChunkedList<Object>, List<Object>> r =
        (Reducer<Object, ChunkedList<Object>, List<Object>>) (Reducer<?, ?, ?>) Reducers.toList();
    ChunkedList<Object> full = r.init();
    full.size = Integer.MAX_VALUE - 8; // the open segment is empty: the next step must grow
    StateBudgetExceededException e =
        assertThrows(StateBudgetExceededException.class, () -> r.step(full, "x"));
    assertEquals(true, e.getMessage().startsWith("toList: 2,147,483,640 elements"), e.getMessage());
    // one below the cap: a segment of exactly one more element
    ChunkedList<Object> almost = r.init();
    almost.size = Integer.MAX_VALUE - 9;
    r.step(almost, "x");
    assertEquals(Integer.MAX_VALUE - 8, almost.size);
    assertThrows(StateBudgetExceededException.class, () -> r.step(almost, "y"));
  }

  @Test
  void toSortedList_combine_checksItsLongCount() {
    SortedListReducer<Integer> r =
        new SortedListReducer<>(
            dev.parafold.fn.Cmp.natural(), StateBudget.unlimited(), "toSortedList");
    SortedListReducer.Runs<Integer> left = r.step(r.init(), 1);
    SortedListReducer.Runs<Integer> right = r.step(r.init(), 2);
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
    Reducer<Object, ChunkedList<Object>, ?> r =
        (Reducer<Object, ChunkedList<Object>, ?>) (Reducer<?, ?, ?>) Reducers.toVector();
    StateBudgetExceededException e =
        assertThrows(
            StateBudgetExceededException.class,
            () -> r.combine(claiming(2_000_000_000, 1), claiming(200_000_000, 2)));
    assertEquals("toVector", e.operation());
    ChunkedList<Object> full = r.init();
    full.size = Integer.MAX_VALUE - 8;
    e = assertThrows(StateBudgetExceededException.class, () -> r.step(full, 1));
    assertEquals("toVector", e.operation());
  }
}
