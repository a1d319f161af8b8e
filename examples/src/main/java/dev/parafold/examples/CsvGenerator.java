package dev.parafold.examples;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Reproducible sales records in RFC 4180 CSV with a header row:
 *
 * <pre>
 * order_id,date,region,product,quantity,unit_cents,amount_cents
 * 1,2026-03-14,north,"Widget, large",3,1999,5997
 * </pre>
 *
 * <p>Some product names hold a comma or a doubled quote (so they are quoted). A fraction of records
 * is malformed on purpose: a missing field, or {@code n/a} for {@code amount_cents}.
 */
final class CsvGenerator implements LineGenerator {
  static final String HEADER = "order_id,date,region,product,quantity,unit_cents,amount_cents";
  private static final String[] REGIONS = {
    "north",
    "south",
    "east",
    "west",
    "central",
    "north-east",
    "north-west",
    "south-east",
    "south-west",
    "islands",
    "capital",
    "overseas"
  };
  private static final String[] PRODUCTS = {
    "Widget", "\"Widget, large\"", "Gadget", "\"12\"\" pipe\"", "Sprocket", "Gizmo",
    "\"Bolt, M6\"", "Nut", "Washer", "Spring", "Hinge", "Bracket"
  };
  private static final int[] UNIT_CENTS = {
    199, 1999, 2450, 899, 350, 12_000, 25, 10, 5, 120, 780, 1500
  };
  private static final LocalDate FIRST = LocalDate.of(2026, 1, 1);

  private final SplittableRandom random;
  private final double malformed;
  private final StringBuilder line = new StringBuilder(96);
  private long id;
  private boolean lastMalformed;

  CsvGenerator(long seed, double malformed) {
    this.random = new SplittableRandom(seed);
    this.malformed = malformed;
  }

  @Override
  public String header() {
    return HEADER;
  }

  @Override
  public String next() {
    int product = random.nextInt(PRODUCTS.length);
    int quantity = 1 + random.nextInt(20);
    line.setLength(0);
    line.append(++id)
        .append(',')
        .append(FIRST.plusDays(random.nextInt(365)))
        .append(',')
        .append(REGIONS[random.nextInt(REGIONS.length)])
        .append(',')
        .append(PRODUCTS[product])
        .append(',')
        .append(quantity)
        .append(',')
        .append(UNIT_CENTS[product])
        .append(',');
    lastMalformed = malformed > 0 && random.nextDouble() < malformed;
    if (lastMalformed && random.nextBoolean()) {
      line.append("n/a");
    } else if (lastMalformed) {
      line.setLength(line.length() - 1); // drop the last field: 6 fields of 7
    } else {
      line.append((long) quantity * UNIT_CENTS[product]);
    }
    return line.toString();
  }

  @Override
  public boolean lastMalformed() {
    return lastMalformed;
  }
}
