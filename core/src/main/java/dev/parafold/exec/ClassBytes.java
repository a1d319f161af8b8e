package dev.parafold.exec;

import java.nio.ByteBuffer;

/**
 * Edits a class file: clears {@code ACC_FINAL} on its instance fields, so a hidden copy of the
 * class can have its fields set after allocation (see {@link Specializer}). Parses just enough of
 * the format (JVMS 4.1: constant pool, header, fields) to find the field flags; everything else is
 * kept byte for byte.
 */
final class ClassBytes {
  private static final int ACC_STATIC = 0x0008;
  private static final int ACC_FINAL = 0x0010;

  private ClassBytes() {}

  static byte[] withoutFinalFields(byte[] original) {
    byte[] bytes = original.clone();
    ByteBuffer b = ByteBuffer.wrap(bytes);
    if (b.getInt() != 0xCAFEBABE) {
      throw new IllegalArgumentException("not a class file");
    }
    b.getShort(); // minor
    b.getShort(); // major
    int poolCount = b.getShort() & 0xFFFF;
    for (int i = 1; i < poolCount; i++) {
      int tag = b.get() & 0xFF;
      switch (tag) {
        case 1: // Utf8
          int length = b.getShort() & 0xFFFF;
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
      b.getShort(); // name
      b.getShort(); // descriptor
      int attributes = b.getShort() & 0xFFFF;
      for (int a = 0; a < attributes; a++) {
        b.getShort(); // name
        int length = b.getInt();
        b.position(b.position() + length);
      }
    }
    return bytes;
  }
}
