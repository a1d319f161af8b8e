package dev.parafold.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The per-file table of short CSV field strings: always the field's text, repeats shared. */
final class FieldStringsTest {

  @Test
  void everyField_readsAsItsText_whateverItsLengthBytesAndPlace() {
    FieldStrings table = new FieldStrings();
    SplittableRandom rnd = new SplittableRandom(5);
    byte[] alphabet = "ab\u0000,;-09xyzAZ".getBytes(StandardCharsets.ISO_8859_1);
    for (int n = 0; n < 200_000; n++) {
      byte[] b = new byte[1 + rnd.nextInt(60)];
      for (int i = 0; i < b.length; i++) {
        b[i] = rnd.nextInt(40) == 0 ? (byte) 0xC3 : alphabet[rnd.nextInt(3)]; // few values: hits
      }
      int off = rnd.nextInt(b.length);
      int len = rnd.nextInt(b.length - off + 1);
      assertEquals(
          new String(b, off, len, StandardCharsets.UTF_8),
          table.get(b, off, len, StandardCharsets.UTF_8),
          () -> "field [" + off + ", " + (off + len) + ") of " + b.length + " bytes");
    }
  }

  @Test
  void aRepeatedShortAsciiField_isOneString() {
    FieldStrings table = new FieldStrings();
    byte[] a = "north-east,x,north-east,yyyyyyyyyyyyyyyyyyyy".getBytes(StandardCharsets.UTF_8);
    byte[] b = "zz,north-east,zzzzzzzzzzzzzzzzzzzzzzzzzzzz".getBytes(StandardCharsets.UTF_8);
    String first = table.get(a, 0, 10, StandardCharsets.UTF_8);
    assertEquals("north-east", first);
    assertSame(first, table.get(a, 13, 10, StandardCharsets.UTF_8));
    assertSame(first, table.get(b, 3, 10, StandardCharsets.UTF_8));
    String longer = "a-field-of-twenty-two!";
    byte[] c = (longer + "," + longer).getBytes(StandardCharsets.UTF_8);
    assertSame(
        table.get(c, 0, 22, StandardCharsets.UTF_8), table.get(c, 23, 22, StandardCharsets.UTF_8));
  }
}
