package dev.parafold.files;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The dialect of a CSV file: RFC 4180 with a configurable delimiter, quote, header row and charset.
 *
 * <pre>{@code
 * CsvFormat f = CsvFormat.RFC4180.withHeader(true).withDelimiter(';');
 * }</pre>
 *
 * @param delimiter between fields (ASCII, not a quote or line break)
 * @param quote around fields holding delimiters, quotes (doubled) or line breaks (ASCII)
 * @param header whether each file's first record names the columns
 * @param charset a charset with single-unit line breaks (UTF-8, UTF-16, ISO-8859-*, ...)
 * @since 0.1
 */
public record CsvFormat(char delimiter, char quote, boolean header, Charset charset) {
  /** Comma, double quote, no header, UTF-8. */
  public static final CsvFormat RFC4180 = new CsvFormat(',', '"', false, StandardCharsets.UTF_8);

  /** Checks the characters and the charset. */
  public CsvFormat {
    Objects.requireNonNull(charset, "charset");
    check(delimiter, "delimiter");
    check(quote, "quote");
    if (delimiter == quote) {
      throw new IllegalArgumentException("delimiter and quote must differ");
    }
    if (!Encoding.splittable(charset)) {
      throw new IllegalArgumentException(
          "CSV needs a charset whose line breaks and quotes are single code units, not " + charset);
    }
  }

  private static void check(char c, String what) {
    if (c >= 0x80 || c == '\n' || c == '\r') {
      throw new IllegalArgumentException(what + " must be ASCII and not a line break: " + (int) c);
    }
  }

  /** With or without a header row. */
  public CsvFormat withHeader(boolean header) {
    return new CsvFormat(delimiter, quote, header, charset);
  }

  /** With another delimiter. */
  public CsvFormat withDelimiter(char delimiter) {
    return new CsvFormat(delimiter, quote, header, charset);
  }

  /** With another quote character. */
  public CsvFormat withQuote(char quote) {
    return new CsvFormat(delimiter, quote, header, charset);
  }

  /** With another charset. */
  public CsvFormat withCharset(Charset charset) {
    return new CsvFormat(delimiter, quote, header, charset);
  }
}
