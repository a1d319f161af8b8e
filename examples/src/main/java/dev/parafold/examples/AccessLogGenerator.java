package dev.parafold.examples;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Reproducible access logs in the combined log format with the latency in milliseconds appended, as
 * nginx writes with {@code $request_time}:
 *
 * <pre>
 * 10.0.3.7 - - [25/Nov/2026:10:00:01 +0000] "GET /api/items/42 HTTP/1.1" 200 5120 17
 * </pre>
 *
 * <p>A fraction of lines is malformed on purpose: cut before the request's closing quote, or
 * replaced by text that is not a log line. Every such line fails {@link AccessLog#parse}.
 */
final class AccessLogGenerator implements LineGenerator {
  private static final String[] METHODS = {"GET", "GET", "GET", "GET", "POST", "PUT", "DELETE"};
  private static final int[] STATUS = {
    200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 304, 304, 404, 301,
    302, 403, 500, 503
  };
  private static final String[] SECTIONS = {
    "api/items", "api/users", "api/orders", "static/js", "static/css", "img", "blog", "search"
  };
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final long START = Instant.parse("2026-11-25T00:00:00Z").getEpochSecond();

  private final SplittableRandom random;
  private final double malformed;
  private final String[] paths;
  private final int[] pathBytes;
  private final StringBuilder line = new StringBuilder(160);
  private long millis;
  private long timeSecond = -1;
  private String timeText;
  private boolean lastMalformed;

  /** Lines for {@code seed}; each is malformed with probability {@code malformed}. */
  AccessLogGenerator(long seed, double malformed) {
    this.random = new SplittableRandom(seed);
    this.malformed = malformed;
    this.paths = new String[2_000];
    this.pathBytes = new int[paths.length];
    for (int i = 0; i < paths.length; i++) {
      String section = SECTIONS[random.nextInt(SECTIONS.length)];
      paths[i] = "/" + section + "/" + Integer.toString(i * 7919 % 100_000, 36);
      pathBytes[i] =
          section.startsWith("img")
              ? 20_000 + random.nextInt(200_000)
              : 200 + random.nextInt(20_000);
    }
  }

  @Override
  public String next() {
    millis += random.nextInt(20);
    long second = START + millis / 1000;
    if (second != timeSecond) {
      timeSecond = second;
      timeText = TIME.format(Instant.ofEpochSecond(second));
    }
    double u = random.nextDouble();
    int p = (int) (paths.length * u * u);
    int status = STATUS[random.nextInt(STATUS.length)];
    int bytes = status == 304 ? 0 : pathBytes[p] / 2 + random.nextInt(pathBytes[p]);
    long latency = Math.max(1, Math.round(Math.exp(2.5 + 0.9 * random.nextGaussian())));
    line.setLength(0);
    line.append("10.")
        .append(random.nextInt(256))
        .append('.')
        .append(random.nextInt(256))
        .append('.')
        .append(1 + random.nextInt(254))
        .append(" - - [")
        .append(timeText)
        .append("] \"")
        .append(METHODS[random.nextInt(METHODS.length)])
        .append(' ')
        .append(paths[p])
        .append(" HTTP/1.1\" ")
        .append(status)
        .append(' ');
    if (status == 304) {
      line.append('-');
    } else {
      line.append(bytes);
    }
    line.append(' ').append(latency);
    lastMalformed = malformed > 0 && random.nextDouble() < malformed;
    if (lastMalformed) {
      if (random.nextBoolean()) {
        int closing = line.indexOf("\" ", line.indexOf("\"") + 1);
        line.setLength(1 + random.nextInt(closing));
      } else {
        line.setLength(0);
        line.append("#garbage ").append(Long.toHexString(random.nextLong()));
      }
    }
    return line.toString();
  }

  @Override
  public boolean lastMalformed() {
    return lastMalformed;
  }
}
