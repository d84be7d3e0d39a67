package dev.corroborate.eval.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A short description of the machine a figure was measured on. */
final class Machine {

    private Machine() {
    }

    static String describe() {
        String cpu = firstMatch(Path.of("/proc/cpuinfo"), "model name");
        String mem = firstMatch(Path.of("/proc/meminfo"), "MemTotal");
        return "- CPU: " + (cpu == null ? "unknown" : cpu) + ", " + Runtime.getRuntime().availableProcessors()
                + " cores available\n- Memory: " + (mem == null ? "unknown" : mem.replaceAll("\\s+", " "))
                + "\n- JVM: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
                + ", max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB\n- OS: "
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + "\n";
    }

    /** One line for a figure: CPU, cores, JVM. */
    static String oneLine() {
        String cpu = firstMatch(Path.of("/proc/cpuinfo"), "model name");
        return (cpu == null ? "unknown CPU" : cpu) + ", " + Runtime.getRuntime().availableProcessors() + " cores, "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.version");
    }

    private static String firstMatch(Path file, String key) {
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith(key)) return line.substring(line.indexOf(':') + 1).trim();
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }
}
