package dev.parafold.usage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parafold.Fold;
import dev.parafold.IntFold;
import dev.parafold.LongFold;
import dev.parafold.fn.Cmp;
import dev.parafold.reduce.Reducers;
import dev.parafold.reduce.Transducer;
import dev.parafold.xf.Transducers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.PrimitiveIterator;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Fourteen everyday tasks written as a {@code java.util.stream} user writes them, each checked
 * against the same computation in {@code java.util.stream}, sequential and parallel. This file is
 * also the compile test: it must compile with no parafold type witness and no cast (JDK-side
 * inference, such as {@code Map.Entry.<String, Long>comparingByValue()} in a chain, needs the same
 * witness in a stream).
 */
final class FourteenTasksTest {
  record Person(String name, String city, int age) {}

  private static final List<String> LINES = lines();
  private static final List<Person> PEOPLE = people();

  private static List<String> lines() {
    Random r = new Random(15);
    String[] words = {"the", "fold", "Stream", "map", "", "filter", "THE", "parallel", "x"};
    List<String> out = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int j = r.nextInt(9); j > 0; j--) {
        sb.append(words[r.nextInt(words.length)]).append(' ');
      }
      out.add(sb.toString());
    }
    return out;
  }

  private static List<Person> people() {
    Random r = new Random(16);
    String[] cities = {"Oslo", "Lima", "Pune", "Kyiv"};
    List<Person> out = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      out.add(new Person("p" + i, cities[r.nextInt(cities.length)], 18 + r.nextInt(60)));
    }
    return out;
  }

  /** Both ways to run: the default (sequential) and parallel. */
  private static List<Fold<String>> lineFolds() {
    return List.of(Fold.from(LINES), Fold.from(LINES).parallel());
  }

  private static List<Fold<Person>> peopleFolds() {
    return List.of(Fold.from(PEOPLE), Fold.from(PEOPLE).parallel());
  }

  @Test
  void task01_wordCount_flatMapToArraysStream_countByIdentity() {
    Map<String, Long> want =
        LINES.stream()
            .flatMap(line -> Arrays.stream(line.split(" ")))
            .map(String::toLowerCase)
            .filter(w -> !w.isEmpty())
            .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    for (Fold<String> f : lineFolds()) {
      assertEquals(
          want,
          f.flatMap(line -> Arrays.stream(line.split(" ")))
              .map(String::toLowerCase)
              .filter(w -> !w.isEmpty())
              .countBy(Function.identity()));
    }
  }

  @Test
  void task02_readmeFirstExample_reusableTransducerWithoutWitness() {
    Transducer<String, String> split = Transducers.flatMap(line -> List.of(line.split("\\s+")));
    Transducer<String, String> words =
        split
            .andThen(Transducers.map(String::toLowerCase))
            .andThen(Transducers.filter(w -> !w.isEmpty()));
    Map<String, Long> want =
        LINES.stream()
            .flatMap(line -> Arrays.stream(line.split("\\s+")))
            .map(String::toLowerCase)
            .filter(w -> !w.isEmpty())
            .collect(Collectors.groupingBy(w -> w, Collectors.counting()));
    for (Fold<String> f : lineFolds()) {
      assertEquals(want, f.via(words).reduce(Reducers.countBy(w -> w)));
    }
  }

  @Test
  void task03_topWords_sortedWithComparatorCombinators() {
    Map<String, Long> counts =
        Fold.from(LINES).flatMap(l -> Arrays.stream(l.split(" "))).countBy(w -> w);
    List<String> want =
        counts.entrySet().stream()
            .sorted(
                Map.Entry.<String, Long>comparingByValue()
                    .reversed()
                    .thenComparing(Map.Entry.comparingByKey()))
            .limit(3)
            .map(Map.Entry::getKey)
            .collect(Collectors.toList());
    assertEquals(
        want,
        Fold.from(counts.entrySet())
            .parallel()
            .sorted(
                Map.Entry.<String, Long>comparingByValue()
                    .reversed()
                    .thenComparing(Map.Entry.comparingByKey()))
            .limit(3)
            .map(Map.Entry::getKey)
            .toList());
    assertEquals(
        counts.entrySet().stream()
            .sorted(Map.Entry.comparingByValue(Comparator.reverseOrder()))
            .map(Map.Entry::getValue)
            .collect(Collectors.toList()),
        Fold.from(counts.entrySet())
            .sorted(Map.Entry.comparingByValue(Comparator.reverseOrder()))
            .map(Map.Entry::getValue)
            .toList());
  }

  @Test
  void task04_sortPeople_serializableCmpChain() {
    List<Person> want =
        PEOPLE.stream()
            .sorted(Comparator.comparingInt(Person::age).reversed().thenComparing(Person::name))
            .collect(Collectors.toList());
    for (Fold<Person> f : peopleFolds()) {
      assertEquals(
          want,
          f.sorted(Cmp.comparingInt(Person::age).reversed().thenComparing(Person::name)).toList());
      assertEquals(
          want,
          f.sorted(Comparator.comparingInt(Person::age).reversed().thenComparing(Person::name))
              .toList());
    }
  }

  @Test
  void task05_averageAgePerCity_groupByWithInference() {
    Map<String, Double> want =
        PEOPLE.stream()
            .collect(Collectors.groupingBy(p -> p.city(), Collectors.averagingInt(p -> p.age())));
    for (Fold<Person> f : peopleFolds()) {
      Map<String, OptionalDouble> got = f.groupBy(p -> p.city(), Reducers.averaging(p -> p.age()));
      assertEquals(want.keySet(), got.keySet());
      got.forEach((city, avg) -> assertEquals(want.get(city), avg.getAsDouble(), 1e-9, city));
      assertEquals(
          want,
          f.collect(Collectors.groupingBy(p -> p.city(), Collectors.averagingInt(p -> p.age()))));
      Map<String, OptionalDouble> viaReduce =
          f.reduce(Reducers.groupBy(p -> p.city(), Reducers.averaging(p -> p.age())));
      assertEquals(got, viaReduce);
    }
  }

  private static boolean isShortWord(String w) throws IOException {
    if (w.length() > 1_000) {
      throw new IOException("too long: " + w.length());
    }
    return w.length() <= 3;
  }

  @Test
  void task06_filterWithACheckedMethodReference() {
    List<String> words = Fold.from(LINES).flatMap(l -> Arrays.stream(l.split(" "))).toList();
    List<String> want =
        words.stream()
            .filter(
                w -> {
                  try {
                    return isShortWord(w);
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                })
            .collect(Collectors.toList());
    assertEquals(
        want, Fold.from(words).parallel().filterChecked(FourteenTasksTest::isShortWord).toList());
    UncheckedIOException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            UncheckedIOException.class,
            () -> Fold.of("x".repeat(2_000)).filterChecked(FourteenTasksTest::isShortWord).count());
    assertTrue(e.getCause().getMessage().startsWith("too long"));
  }

  @Test
  void task07_longPipeline_iteratorAndReduce() {
    assertEquals(
        LongStream.rangeClosed(1, 20).reduce(1, (a, b) -> a * b),
        LongFold.rangeClosed(1, 20).parallel().reduce(1, (a, b) -> a * b));
    PrimitiveIterator.OfLong it = Fold.range(0, 1_000_000).filter(x -> x % 7 == 0).iterator();
    long[] firstFive = new long[5];
    for (int i = 0; i < 5; i++) {
      firstFive[i] = it.nextLong();
    }
    assertArrayEquals(new long[] {0, 7, 14, 21, 28}, firstFive);
    assertEquals(LongStream.range(0, 100).max(), Fold.range(0, 100).parallel().reduce(Math::max));
  }

  @Test
  void task08_toArray() {
    String[] want = LINES.stream().filter(l -> l.startsWith("the")).toArray(String[]::new);
    for (Fold<String> f : lineFolds()) {
      assertArrayEquals(want, f.filter(l -> l.startsWith("the")).toArray(String[]::new));
      assertArrayEquals(
          LINES.stream().map(String::length).toArray(), f.map(String::length).toArray());
    }
  }

  @Test
  void task09_findAny() {
    for (Fold<Person> f : peopleFolds()) {
      Optional<Person> any = f.filter(p -> p.age() > 70).findAny();
      assertEquals(PEOPLE.stream().anyMatch(p -> p.age() > 70), any.isPresent());
      any.ifPresent(p -> assertTrue(p.age() > 70));
    }
  }

  @Test
  void task10_iterateAndGenerateWithLimit() {
    assertEquals(
        Stream.iterate(1, x -> x * 3).limit(12).collect(Collectors.toList()),
        Fold.iterate(1, x -> x * 3).parallel().limit(12).toList());
    assertEquals(
        Stream.iterate(1, x -> x < 1_000, x -> x * 2).collect(Collectors.toList()),
        Fold.iterate(1, x -> x < 1_000, x -> x * 2).parallel().toList());
    assertEquals(
        Stream.generate(() -> "ab").limit(4).collect(Collectors.joining()),
        Fold.generate(() -> "ab").parallel().limit(4).joining());
  }

  @Test
  void task11_mapToIntSum_intArraysAndChars() {
    int[] ages = PEOPLE.stream().mapToInt(Person::age).toArray();
    for (Fold<Person> f : peopleFolds()) {
      assertEquals(PEOPLE.stream().mapToInt(Person::age).sum(), f.mapToInt(Person::age).sum());
    }
    IntFold fromArray = Fold.from(ages).parallel();
    assertEquals(Arrays.stream(ages).sum(), fromArray.sum());
    IntSummaryStatistics want = Arrays.stream(ages).summaryStatistics();
    assertEquals(want.toString(), fromArray.summaryStatistics().toString());
    assertEquals(
        IntStream.range(0, 10_000).filter(i -> i % 2 == 0).map(i -> i * i).sum(),
        IntFold.range(0, 10_000).parallel().filter(i -> i % 2 == 0).map(i -> i * i).sum());
    String text = String.join("\n", LINES);
    assertEquals(
        text.chars().filter(Character::isUpperCase).count(),
        Fold.chars(text).parallel().filter(Character::isUpperCase).count());
  }

  @Test
  void task12_flatMapNestedLists_reduceWithIdentity() {
    List<List<Integer>> nested = List.of(List.of(1, 2), List.of(), List.of(3, 4, 5));
    assertEquals(
        nested.stream().flatMap(List::stream).reduce(0, Integer::sum),
        Fold.from(nested).parallel().flatMap(List::stream).reduce(0, Integer::sum));
    assertEquals(
        nested.stream().flatMap(l -> l.stream()).map(x -> x * 2).collect(Collectors.toList()),
        Fold.from(nested).flatMap(l -> l.stream()).map(x -> x * 2).toList());
  }

  @Test
  void task13_oldestAndPartition_comparatorsAndCollectors() {
    for (Fold<Person> f : peopleFolds()) {
      assertEquals(
          PEOPLE.stream().max(Comparator.comparingInt(Person::age).thenComparing(Person::name)),
          f.max(Comparator.comparingInt(Person::age).thenComparing(Person::name)));
      assertEquals(
          PEOPLE.stream().collect(Collectors.partitioningBy(p -> p.age() >= 40)),
          f.collect(Collectors.partitioningBy(p -> p.age() >= 40)));
      assertEquals(
          PEOPLE.stream().collect(Collectors.toMap(Person::city, Person::age, Integer::sum)),
          f.toMap(Person::city, Person::age, Integer::sum));
    }
  }

  @Test
  void task14_distinctSortedLimitJoining_concatAndForEachOrdered() {
    List<String> a = LINES.subList(0, 700);
    List<String> b = LINES.subList(700, LINES.size());
    String want =
        Stream.concat(a.stream(), b.stream())
            .flatMap(l -> Arrays.stream(l.split(" ")))
            .filter(w -> !w.isEmpty())
            .distinct()
            .sorted(Comparator.reverseOrder())
            .limit(5)
            .collect(Collectors.joining(", "));
    assertEquals(
        want,
        Fold.concat(Fold.from(a), Fold.from(b))
            .parallel()
            .flatMap(l -> Arrays.stream(l.split(" ")))
            .filter(w -> !w.isEmpty())
            .distinct()
            .sorted(Comparator.reverseOrder())
            .limit(5)
            .joining(", "));
    List<Integer> seen = new ArrayList<>();
    Fold.from(PEOPLE).parallel().map(Person::age).limit(50).forEachOrdered(seen::add);
    assertEquals(PEOPLE.stream().map(Person::age).limit(50).collect(Collectors.toList()), seen);
  }
}
