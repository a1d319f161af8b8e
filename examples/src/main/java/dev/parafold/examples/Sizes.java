package dev.parafold.examples;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;

/**
 * Parses sizes such as {@code 1GB}, {@code 1GiB}, {@code 500MB}, {@code 64k}: KB/MB/GB are powers
 * of 1000, KiB/MiB/GiB (and a bare K/M/G) powers of 1024.
 */
final class Sizes implements ITypeConverter<Long> {
  @Override
  public Long convert(String value) {
    return parse(value);
  }

  static long parse(String value) {
    String s = value.trim().toUpperCase(Locale.ROOT);
    int i = 0;
    while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
      i++;
    }
    if (i == 0) {
      throw new IllegalArgumentException("not a size: " + value);
    }
    double n = Double.parseDouble(s.substring(0, i));
    String unit = s.substring(i).trim();
    long scale;
    switch (unit) {
      case "":
      case "B":
        scale = 1;
        break;
      case "KB":
        scale = 1_000L;
        break;
      case "MB":
        scale = 1_000_000L;
        break;
      case "GB":
        scale = 1_000_000_000L;
        break;
      case "K":
      case "KIB":
        scale = 1L << 10;
        break;
      case "M":
      case "MIB":
        scale = 1L << 20;
        break;
      case "G":
      case "GIB":
        scale = 1L << 30;
        break;
      default:
        throw new IllegalArgumentException("unknown size unit in " + value);
    }
    return (long) (n * scale);
  }
}
