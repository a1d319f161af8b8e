package dev.parafold.example;

import dev.parafold.testkit.Gen;
import dev.parafold.testkit.TransducerContract;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The worked example's test: the whole kit, from a subject and a model. */
final class PairwiseContractTest extends TransducerContract<Integer, List<Integer>> {
  @Override
  protected Subject<Integer, List<Integer>> subject(Gen gen) {
    return Subject.of(
            new PairwiseTransducer<Integer>(),
            in -> {
              List<List<Integer>> out = new ArrayList<>();
              for (int i = 1; i < in.size(); i++) {
                out.add(Arrays.asList(in.get(i - 1), in.get(i)));
              }
              return out;
            })
        .withNulls();
  }
}
