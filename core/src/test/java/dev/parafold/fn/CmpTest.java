package dev.parafold.fn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.NotSerializableException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * {@link Cmp}'s combinators order exactly as {@code Comparator}'s do, and survive serialization;
 * the JDK adapters are serializable exactly when what they wrap is.
 */
final class CmpTest {
  record Person(String name, int age, long id, double score) {}

  private static final List<Person> PEOPLE = people();

  private static List<Person> people() {
    Random r = new Random(15);
    List<Person> out = new ArrayList<>();
    String[] names = {"ann", "bob", "cy", "dee", null};
    for (int i = 0; i < 200; i++) {
      out.add(
          new Person(
              names[r.nextInt(names.length)], r.nextInt(5), r.nextInt(4), r.nextInt(3) / 2.0));
    }
    return out;
  }

  private static <T> void sameOrder(List<T> in, Comparator<? super T> jdk, Cmp<? super T> ours)
      throws Exception {
    List<T> want = new ArrayList<>(in);
    want.sort(jdk);
    List<T> got = new ArrayList<>(in);
    got.sort(ours);
    assertEquals(want, got);
    List<T> again = new ArrayList<>(in);
    again.sort(roundTrip(ours));
    assertEquals(want, again, "after serialization");
  }

  @SuppressWarnings("unchecked")
  static <X> X roundTrip(X x) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(x);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (X) in.readObject();
    }
  }

  @Test
  void combinatorsOrderAsComparatorDoes() throws Exception {
    sameOrder(
        PEOPLE,
        Comparator.comparingInt(Person::age)
            .reversed()
            .thenComparing(Person::name, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingLong(Person::id)
            .thenComparingDouble(Person::score),
        Cmp.comparingInt(Person::age)
            .reversed()
            .thenComparing(Person::name, Cmp.nullsFirst(Cmp.naturalOrder()))
            .thenComparingLong(Person::id)
            .thenComparingDouble(Person::score));
    sameOrder(
        PEOPLE,
        Comparator.comparingLong(Person::id)
            .thenComparing(
                Comparator.comparing(Person::name, Comparator.nullsLast(Comparator.reverseOrder())))
            .thenComparingInt(Person::age),
        Cmp.comparingLong(Person::id)
            .thenComparing(Cmp.comparing(Person::name, Cmp.nullsLast(Cmp.reverseOrder())))
            .thenComparingInt(Person::age));
    sameOrder(
        PEOPLE,
        Comparator.comparingDouble(Person::score).thenComparing(Person::age),
        Cmp.comparingDouble(Person::score).thenComparing(Person::age));
    List<Map.Entry<String, Long>> entries = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      entries.add(Map.entry("w" + (i % 7), (long) (i % 4)));
    }
    sameOrder(
        entries,
        Map.Entry.<String, Long>comparingByValue()
            .reversed()
            .thenComparing(Map.Entry.comparingByKey()),
        Cmp.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue)
            .reversed()
            .thenComparing(Map.Entry::getKey));
  }

  private static Function<String, Integer> plainLength() {
    return String::length; // a plain JDK lambda: not serializable
  }

  @Test
  void jdkObjectsAreAcceptedAndStaySerializableOnlyIfTheyWere() throws Exception {
    Comparator<String> plain = Comparator.comparing(String::length);
    Cmp<String> wrapped = Cmp.<String>natural().thenComparing(plain);
    List<String> words = Arrays.asList("bb", "a", "ccc", "ab");
    List<String> sorted = new ArrayList<>(words);
    sorted.sort(wrapped);
    assertEquals(List.of("a", "ab", "bb", "ccc"), sorted);
    assertThrows(NotSerializableException.class, () -> roundTrip(wrapped));
    assertThrows(NotSerializableException.class, () -> roundTrip(Fn.of(plainLength())));
    Cmp<String> natural = Cmp.of(Comparator.<String>naturalOrder());
    assertEquals(-1, Integer.signum(roundTrip(natural).compare("a", "b")));
    Cmp<String> same = Cmp.natural();
    assertSame(same, Cmp.of(same));
    Fn<String, String> id = Fn.of(Function.<String>identity());
    assertEquals("x", roundTrip(id).apply("x"), "Function.identity() is serializable");
    assertEquals("x", roundTrip(Fn.<String>identity()).apply("x"));
    assertTrue(roundTrip(Pred.not((String s) -> s.isEmpty())).test("a"));
    assertEquals(3, BinOp.<Integer>of(Integer::sum).apply(1, 2));
    assertThrows(
        NotSerializableException.class,
        () -> roundTrip(BinOp.<Integer>of(Integer::sum)),
        "a lambda written for a JDK parameter is a plain JDK lambda");
  }
}
