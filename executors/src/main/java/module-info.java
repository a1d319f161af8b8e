/**
 * parafold executors: the work-stealing fork/join executor and an executor over a plain {@code
 * ExecutorService}.
 */
module dev.parafold.executors {
  requires transitive dev.parafold.core;
  requires org.slf4j;

  exports dev.parafold.parallel;
}
