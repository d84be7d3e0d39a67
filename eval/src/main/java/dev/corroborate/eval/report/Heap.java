package dev.corroborate.eval.report;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** Heap figures the benchmarks print: the peak of a phase, and what is in use. */
public final class Heap {

    private Heap() {
    }

    /** Starts a phase: collects what earlier phases left, then forgets the pools' peaks. */
    public static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) pool.resetPeakUsage();
    }

    /** Sum of the heap pools' peaks since the last reset: an upper bound (pools peak at different times). */
    public static long peakBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
        }
        return sum;
    }

    public static long peakMiB() {
        return peakBytes() >> 20;
    }

    /** Heap in use now, garbage included. */
    public static long usedMiB() {
        Runtime rt = Runtime.getRuntime();
        return (rt.totalMemory() - rt.freeMemory()) >> 20;
    }

    /** Heap in use after a collection: what the phase really keeps. */
    public static long usedAfterGcMiB() {
        System.gc();
        return usedMiB();
    }
}
