/**
 * parafold core: the fold algebra ({@code Reducer}, {@code Transducer}, {@code Strategy}), the
 * serializable function types, the source and splitting SPI with the built-in sources, and the
 * executor SPI with the sequential executors.
 */
module dev.parafold.core {
  requires transitive io.vavr;
  requires jdk.unsupported; // Specializer allocates per-pipeline class copies

  exports dev.parafold.fn;
  exports dev.parafold.reduce;
  exports dev.parafold.source;
  exports dev.parafold.exec;
}
