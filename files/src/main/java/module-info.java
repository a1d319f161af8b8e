/**
 * parafold files: splittable sources over text files, directories, gzip and CSV, with bad-record
 * modes and progress listeners.
 */
module dev.parafold.files {
  requires transitive dev.parafold.core;

  exports dev.parafold.files;
}
