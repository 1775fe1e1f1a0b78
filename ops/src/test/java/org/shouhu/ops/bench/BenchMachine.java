package org.shouhu.ops.bench;

import org.springframework.boot.SpringBootVersion;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The machine and the versions a run was made with, for its result files. */
final class BenchMachine {

    private BenchMachine() {
    }

    static Map<String, Object> describe() {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("memory", memory());
        machine.put("cpu", cpu());
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        machine.put("spring boot", SpringBootVersion.getVersion());
        machine.put("axon", org.axonframework.config.Configuration.class.getPackage().getImplementationVersion());
        machine.put("postgresql", "15 (embedded, zonky binaries)");
        return machine;
    }

    private static String memory() {
        return firstLine(Path.of("/proc/meminfo"), "MemTotal:");
    }

    private static String cpu() {
        return firstLine(Path.of("/proc/cpuinfo"), "model name");
    }

    private static String firstLine(Path file, String prefix) {
        try {
            return Files.readAllLines(file).stream().filter(line -> line.startsWith(prefix))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim()).findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
