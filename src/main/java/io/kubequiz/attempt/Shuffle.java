package io.kubequiz.attempt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Orders fixed by an attempt's seed: the same attempt shows the same order on every reload, another attempt shows
 * another. {@code java.util.Random} and {@code String.hashCode} are specified, so the order survives restarts.
 */
final class Shuffle {

    private Shuffle() {}

    /** A permutation of {@code 0..size-1}: element {@code i} is the original index shown at position {@code i}. */
    static List<Integer> order(long seed, String key, int size) {
        List<Integer> order = new ArrayList<>(IntStream.range(0, size).boxed().toList());
        Collections.shuffle(order, new Random(seed * 31 + key.hashCode()));
        return order;
    }

    /** Like {@link #order}, but never the identity: an ordering question must not be shown already solved. */
    static List<Integer> scrambled(long seed, String key, int size) {
        List<Integer> order = order(seed, key, size);
        if (size > 1 && IntStream.range(0, size).allMatch(i -> order.get(i) == i)) {
            Collections.rotate(order, 1);
        }
        return order;
    }
}
