/**
 * parafold transducers: the transducer catalog and the fluent {@code Fold} API. The one module
 * users require: it brings the core algebra and the parallel executors transitively.
 */
module dev.parafold.transducers {
  requires transitive dev.parafold.core;
  requires transitive dev.parafold.executors;

  exports dev.parafold;
  exports dev.parafold.xf;

  // the Specializer copies stage classes into per-pipeline hidden classes
  opens dev.parafold.xf to
      dev.parafold.core;
}
