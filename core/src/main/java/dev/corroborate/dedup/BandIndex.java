package dev.corroborate.dedup;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * A compact multimap from 32-bit keys to article numbers: open addressing with linear probing over two
 * int arrays, 8 bytes an entry at most 3/4 full. A boxed {@code HashMap<Long, List<Integer>>} would cost
 * about ten times as much per band key, which is what decides memory per indexed article.
 * Key collisions only add candidates; verification removes them.
 */
final class BandIndex {

    private static final int EMPTY = -1;
    private int[] keys;
    private int[] values;
    private int size;

    BandIndex(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) * 2;
        keys = new int[cap];
        values = new int[cap];
        Arrays.fill(values, EMPTY);
    }

    void put(long key, int value) {
        if (size + 1 > keys.length / 4 * 3) grow();
        insert(keys, values, hash(key), value);
        size++;
    }

    /** Calls {@code action} with each value stored under {@code key} (and rarely a colliding key's). */
    void forEach(long key, IntConsumer action) {
        int k = hash(key);
        int mask = keys.length - 1;
        for (int i = spread(k) & mask; values[i] != EMPTY; i = (i + 1) & mask) {
            if (keys[i] == k) action.accept(values[i]);
        }
    }

    long bytes() {
        return 8L * keys.length;
    }

    private static int hash(long key) {
        return (int) Words.mix(key);
    }

    private static int spread(int k) {
        return k * 0x9e3779b9;
    }

    private static void insert(int[] keys, int[] values, int k, int value) {
        int mask = keys.length - 1;
        int i = spread(k) & mask;
        while (values[i] != EMPTY) i = (i + 1) & mask;
        keys[i] = k;
        values[i] = value;
    }

    private void grow() {
        int[] k2 = new int[keys.length * 2];
        int[] v2 = new int[keys.length * 2];
        Arrays.fill(v2, EMPTY);
        for (int i = 0; i < keys.length; i++) {
            if (values[i] != EMPTY) insert(k2, v2, keys[i], values[i]);
        }
        keys = k2;
        values = v2;
    }
}
