package dev.corroborate.dedup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * The shingle sets of group originals, kept for exact verification: appended once, read back when a
 * candidate comes. In memory for batches; in a temporary file for corpus runs, so that the heap holds
 * only the sketch index (the operating system caches the hot part of the file).
 */
abstract sealed class ShingleStore implements AutoCloseable permits ShingleStore.Heap, ShingleStore.Disk {

    /** Stores {@code shingles}; returns the handle to read them back with. */
    abstract long append(int[] shingles);

    abstract int[] get(long handle);

    /** Heap bytes held. */
    abstract long heapBytes();

    @Override
    public void close() {
    }

    static ShingleStore inMemory() {
        return new Heap();
    }

    static ShingleStore onDisk(Path dir) {
        try {
            return new Disk(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the shingle spill file in " + dir, e);
        }
    }

    static final class Heap extends ShingleStore {
        private int[] pool = new int[1024];
        private int used;

        @Override
        long append(int[] shingles) {
            while (used + shingles.length + 1 > pool.length) pool = Arrays.copyOf(pool, pool.length * 2);
            long handle = used;
            pool[used++] = shingles.length;
            System.arraycopy(shingles, 0, pool, used, shingles.length);
            used += shingles.length;
            return handle;
        }

        @Override
        int[] get(long handle) {
            int at = (int) handle;
            return Arrays.copyOfRange(pool, at + 1, at + 1 + pool[at]);
        }

        @Override
        long heapBytes() {
            return 4L * pool.length;
        }
    }

    static final class Disk extends ShingleStore {
        private final Path file;
        private final FileChannel channel;
        private long end;

        Disk(Path dir) throws IOException {
            file = Files.createTempFile(dir, "corroborate-shingles", ".bin");
            channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                    StandardOpenOption.DELETE_ON_CLOSE);
        }

        @Override
        long append(int[] shingles) {
            ByteBuffer buf = ByteBuffer.allocate(4 + 4 * shingles.length).order(ByteOrder.LITTLE_ENDIAN);
            buf.putInt(shingles.length).asIntBuffer().put(shingles);
            buf.rewind();
            long handle = end;
            try {
                while (buf.hasRemaining()) end += channel.write(buf, end);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the shingle spill file " + file, e);
            }
            return handle;
        }

        @Override
        int[] get(long handle) {
            try {
                ByteBuffer len = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
                readFully(len, handle);
                int n = len.getInt(0);
                ByteBuffer buf = ByteBuffer.allocate(4 * n).order(ByteOrder.LITTLE_ENDIAN);
                readFully(buf, handle + 4);
                int[] out = new int[n];
                buf.rewind();
                buf.asIntBuffer().get(out);
                return out;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the shingle spill file " + file, e);
            }
        }

        private void readFully(ByteBuffer buf, long at) throws IOException {
            while (buf.hasRemaining()) {
                int n = channel.read(buf, at + buf.position());
                if (n < 0) throw new IOException("unexpected end of file");
            }
        }

        @Override
        long heapBytes() {
            return 0;
        }

        @Override
        public void close() {
            try {
                channel.close();
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
