package dev.parafold.exec;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Set;

/**
 * Edits a class file into the bytes of a hidden copy (see {@link Specializer}):
 *
 * <ul>
 *   <li>clears {@code ACC_FINAL} on its instance fields, so the copy's fields can be set after
 *       allocation;
 *   <li>drops the {@code InnerClasses} and {@code EnclosingMethod} attributes. A copy's name is the
 *       original's plus {@code /0x...}, so the original's outer class does not list it as a member:
 *       if the copy kept claiming to be nested, {@code getSimpleName()}, {@code
 *       getEnclosingClass()} and the like would throw {@code IncompatibleClassChangeError}
 *       ("disagree on InnerClasses attribute"). Without them a copy is, to reflection, a top-level
 *       class; access checks do not use these attributes (the copy joins the original's nest).
 * </ul>
 *
 * <p>Parses just enough of the format (JVMS 4.1: constant pool, header, fields, methods,
 * attributes); everything else is kept byte for byte.
 */
final class ClassBytes {
  private static final int ACC_STATIC = 0x0008;
  private static final int ACC_FINAL = 0x0010;

  /** Class attributes that name the class as nested in another: wrong for a copy. */
  private static final Set<String> NESTING = Set.of("InnerClasses", "EnclosingMethod");

  private ClassBytes() {}

  /** The bytes of a hidden copy of the class {@code original} defines. */
  static byte[] forHiddenCopy(byte[] original) {
    byte[] bytes = original.clone();
    ByteBuffer b = ByteBuffer.wrap(bytes);
    if (b.getInt() != 0xCAFEBABE) {
      throw new IllegalArgumentException("not a class file");
    }
    b.getShort(); // minor
    b.getShort(); // major
    String[] utf8 = readPool(b);
    b.getShort(); // access flags
    b.getShort(); // this
    b.getShort(); // super
    int interfaces = b.getShort() & 0xFFFF;
    b.position(b.position() + 2 * interfaces);
    int fields = b.getShort() & 0xFFFF;
    for (int f = 0; f < fields; f++) {
      int at = b.position();
      int flags = b.getShort() & 0xFFFF;
      if ((flags & ACC_STATIC) == 0 && (flags & ACC_FINAL) != 0) {
        b.putShort(at, (short) (flags & ~ACC_FINAL));
      }
      skipMember(b);
    }
    int methods = b.getShort() & 0xFFFF;
    for (int m = 0; m < methods; m++) {
      b.getShort(); // flags
      skipMember(b);
    }
    return withoutClassAttributes(bytes, b, utf8, NESTING);
  }

  /** Skips name, descriptor and attributes of a field or method (flags already read). */
  private static void skipMember(ByteBuffer b) {
    b.getShort(); // name
    b.getShort(); // descriptor
    int attributes = b.getShort() & 0xFFFF;
    for (int a = 0; a < attributes; a++) {
      b.getShort(); // name
      int length = b.getInt();
      b.position(b.position() + length);
    }
  }

  /** {@code bytes} without the class attributes named in {@code drop}; b is at their count. */
  private static byte[] withoutClassAttributes(
      byte[] bytes, ByteBuffer b, String[] utf8, Set<String> drop) {
    int countAt = b.position();
    int attributes = b.getShort() & 0xFFFF;
    ByteArrayOutputStream kept = new ByteArrayOutputStream(bytes.length - countAt);
    int keptCount = 0;
    for (int a = 0; a < attributes; a++) {
      int start = b.position();
      int name = b.getShort() & 0xFFFF;
      int length = b.getInt();
      b.position(b.position() + length);
      if (!drop.contains(utf8[name])) {
        kept.write(bytes, start, b.position() - start);
        keptCount++;
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
    out.write(bytes, 0, countAt);
    out.write(keptCount >>> 8);
    out.write(keptCount);
    byte[] tail = kept.toByteArray();
    out.write(tail, 0, tail.length);
    return out.toByteArray();
  }

  /** Reads the constant pool; returns its Utf8 entries by index (null for other entries). */
  private static String[] readPool(ByteBuffer b) {
    int poolCount = b.getShort() & 0xFFFF;
    String[] utf8 = new String[poolCount];
    for (int i = 1; i < poolCount; i++) {
      int tag = b.get() & 0xFF;
      switch (tag) {
        case 1: // Utf8 (modified UTF-8; attribute names are plain ASCII)
          int length = b.getShort() & 0xFFFF;
          utf8[i] =
              new String(b.array(), b.position(), length, java.nio.charset.StandardCharsets.UTF_8);
          b.position(b.position() + length);
          break;
        case 3: // Integer
        case 4: // Float
        case 9: // Fieldref
        case 10: // Methodref
        case 11: // InterfaceMethodref
        case 12: // NameAndType
        case 17: // Dynamic
        case 18: // InvokeDynamic
          b.position(b.position() + 4);
          break;
        case 5: // Long
        case 6: // Double
          b.position(b.position() + 8);
          i++; // takes two slots
          break;
        case 7: // Class
        case 8: // String
        case 16: // MethodType
        case 19: // Module
        case 20: // Package
          b.position(b.position() + 2);
          break;
        case 15: // MethodHandle
          b.position(b.position() + 3);
          break;
        default:
          throw new IllegalArgumentException("unknown constant pool tag " + tag);
      }
    }
    return utf8;
  }
}
