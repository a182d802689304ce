package io.kubequiz.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The machine a benchmark ran on, as result.json records it: figures mean little without it. */
final class Machine {

    private Machine() {}

    static Map<String, Object> describe() {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("cpu_model", firstValue("/proc/cpuinfo", "model name"));
        machine.put("memory_total", firstValue("/proc/meminfo", "MemTotal"));
        machine.put(
                "os",
                firstValue("/etc/os-release", "PRETTY_NAME").replace("\"", "") + " (" + System.getProperty("os.name")
                        + " " + System.getProperty("os.version") + ")");
        machine.put(
                "java",
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + " ("
                        + System.getProperty("java.vendor") + ")");
        machine.put("load_average_at_end", read("/proc/loadavg").trim());
        return machine;
    }

    /** The value of the first "key: value" or "key=value" line of a /proc or /etc file; "unknown" without one. */
    private static String firstValue(String file, String key) {
        for (String line : read(file).lines().toList()) {
            if (line.startsWith(key)) {
                return line.substring(key.length())
                        .replaceFirst("^\\s*[:=]\\s*", "")
                        .trim();
            }
        }
        return "unknown";
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException unreadable) {
            return "";
        }
    }

    static List<String> loadAverage() {
        return List.of(read("/proc/loadavg").trim().split(" ")).subList(0, 3);
    }
}
