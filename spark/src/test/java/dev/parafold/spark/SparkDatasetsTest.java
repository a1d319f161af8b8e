package dev.parafold.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parafold.exec.FoldOptions;
import dev.parafold.exec.SequentialExecutor;
import dev.parafold.reduce.Reducer;
import dev.parafold.reduce.Reducers;
import dev.parafold.source.Sources;
import dev.parafold.xf.Transducers;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Datasets users have as sources: a DataFrame ({@code Dataset<Row>}, with nulls) and typed Datasets
 * (a bean encoder, a primitive encoder), sorted or not, folded on {@code local[2,4]} and compared
 * with the sequential fold of what {@code collectAsList()} returns.
 */
final class SparkDatasetsTest {
  private static SparkSession session;
  private static Dataset<Row> sales;

  /**
   * A bean for the typed Dataset (Encoders.bean needs a public class with a no-arg constructor).
   */
  public static final class Sale implements Serializable {
    private static final long serialVersionUID = 1L;
    private String country;
    private long cents;

    public Sale() {}

    public String getCountry() {
      return country;
    }

    public void setCountry(String country) {
      this.country = country;
    }

    public long getCents() {
      return cents;
    }

    public void setCents(long cents) {
      this.cents = cents;
    }
  }

  @BeforeAll
  static void start() {
    LocalSpark.context();
    session = SparkSession.builder().getOrCreate(); // on the active local context
    // a sort's shuffle keeps 8 partitions (adaptive execution would coalesce this small input to
    // one, and the early stop across partitions would not be exercised)
    session.conf().set("spark.sql.shuffle.partitions", "8");
    session.conf().set("spark.sql.adaptive.enabled", "false");
    List<Row> rows = new ArrayList<>();
    String[] countries = {"fr", "de", null, "it", "es"};
    for (int i = 0; i < 5000; i++) {
      rows.add(
          RowFactory.create(
              countries[(i * 7) % countries.length], i % 13 == 0 ? null : (long) (i * 31 % 997)));
    }
    StructType schema =
        new StructType()
            .add("country", DataTypes.StringType, true)
            .add("cents", DataTypes.LongType, true);
    sales = session.createDataFrame(rows, schema).repartition(6);
  }

  private static <T, R> R sequential(List<T> elements, Reducer<? super T, ?, R> r) {
    return SequentialExecutor.instance()
        .fold(Sources.iterable(elements), r, FoldOptions.defaults());
  }

  @Test
  void dataFrame_withNulls_groupBySum_andOrderedToList() {
    List<Row> collected = sales.collectAsList();
    Reducer<Row, ?, Map<String, Long>> sumPerCountry =
        Reducers.groupBy(
            (Row row) -> row.isNullAt(0) ? "?" : row.getString(0),
            Reducers.summingLong((Row row) -> row.isNullAt(1) ? 0L : row.getLong(1)));
    Map<String, Long> got = SparkDatasets.fold(sales, sumPerCountry);
    assertEquals(sequential(collected, sumPerCountry), got);
    assertEquals(5, got.size());
    Reducer<Row, ?, List<Row>> all = Reducers.toList();
    assertEquals(collected, SparkDatasets.fold(sales, all));
  }

  @Test
  void sortedDataFrame_keepsTheSortOrder_andStopsEarly() {
    Dataset<Row> sorted = sales.na().drop().orderBy("cents", "country");
    List<Row> collected = sorted.collectAsList();
    assertEquals(8, sorted.javaRDD().getNumPartitions());
    Reducer<Row, ?, List<Long>> firstBig =
        Transducers.<Row>filter(row -> row.getLong(1) > 500)
            .andThen(Transducers.<Row, Long>map(row -> row.getLong(1)))
            .andThen(Transducers.<Long>limit(40))
            .apply(Reducers.toList());
    List<Long> got = SparkDatasets.fold(sorted, firstBig);
    assertEquals(sequential(collected, firstBig), got);
    assertEquals(40, got.size());
    assertTrue(SparkDatasets.explain(sorted, firstBig).contains("early stop: yes"));
  }

  @Test
  void typedDatasets_beanAndPrimitive() {
    Dataset<Sale> typed =
        sales.na().fill("?", new String[] {"country"}).na().fill(0L).as(Encoders.bean(Sale.class));
    List<Sale> collected = typed.collectAsList();
    Reducer<Sale, ?, Map<String, Long>> count = Reducers.countBy(Sale::getCountry);
    assertEquals(sequential(collected, count), SparkDatasets.fold(typed, count));

    Dataset<Long> longs = session.range(0, 20_000, 1, 5);
    Reducer<Long, ?, Long> evens =
        Transducers.<Long>filter(x -> x % 2 == 0).apply(Reducers.summingLong((Long x) -> x));
    assertEquals(sequential(longs.collectAsList(), evens), SparkDatasets.fold(longs, evens));
  }
}
