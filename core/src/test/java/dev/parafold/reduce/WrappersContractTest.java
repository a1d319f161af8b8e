package dev.parafold.reduce;

import dev.parafold.testkit.WrapperContract;

/**
 * Every reducer that wraps a downstream, over the kit's plain, offset-strict (recording) and
 * early-stopping downstreams.
 */
final class WrappersContractTest extends WrapperContract {}
