package dev.parafold.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Reproducible sample text: lines of words drawn from a Zipf-like vocabulary, so a word count has a
 * realistic long tail. The same seed and size always give the same lines.
 */
public final class TextGenerator implements LineGenerator {
  private static final String[] SYLLABLES = {
    "ka", "lo", "mi", "ne", "ru", "ta", "shi", "po", "an", "el", "or", "ix", "um", "ve", "zo", "qu"
  };

  private final SplittableRandom random;
  private final String[] vocabulary;
  private final StringBuilder line = new StringBuilder();

  /** Lines for {@code seed}. */
  public TextGenerator(long seed) {
    this.random = new SplittableRandom(seed);
    this.vocabulary = vocabulary(20_000, random);
  }

  /** About {@code bytes} bytes of text as lines. */
  public static List<String> lines(long bytes, long seed) {
    TextGenerator g = new TextGenerator(seed);
    List<String> lines = new ArrayList<>();
    long size = 0;
    while (size < bytes) {
      String s = g.next();
      lines.add(s);
      size += s.length() + 1;
    }
    return lines;
  }

  @Override
  public String next() {
    line.setLength(0);
    int words = 4 + random.nextInt(12);
    for (int w = 0; w < words; w++) {
      if (w > 0) {
        line.append(' ');
      }
      // skewed choice: small indexes are much more frequent
      double u = random.nextDouble();
      int index = (int) (vocabulary.length * u * u * u);
      String word = vocabulary[index];
      line.append(random.nextInt(10) == 0 ? capitalize(word) : word);
    }
    return line.toString();
  }

  private static String[] vocabulary(int n, SplittableRandom random) {
    String[] words = new String[n];
    for (int i = 0; i < n; i++) {
      StringBuilder sb = new StringBuilder();
      int syllables = 1 + random.nextInt(4);
      for (int s = 0; s < syllables; s++) {
        sb.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
      }
      words[i] = sb.toString();
    }
    return words;
  }

  private static String capitalize(String w) {
    return Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }
}
