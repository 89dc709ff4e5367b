package org.neuropynamics.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The text report of {@code bench-network} (its JSON carries the same numbers). */
final class NetworkBenchReport {

    private NetworkBenchReport() {
    }

    static void print(PrintStream out, Map<String, Object> ours, List<Map<String, Object>> brian2,
            Map<String, Object> ratios, Path launcher, double load0, double load1) {
        out.printf(Locale.ROOT, "CUBA, 4000 LIF, 1 s, dt 0.1 ms (%s spikes)%n", ours.get("spikes"));
        out.printf(Locale.ROOT, "  ours cold (first run in JVM)   build %8.1f ms  run %8.1f ms%n",
                ours.get("cold_build_ms"), ours.get("cold_run_ms"));
        out.printf(Locale.ROOT, "  ours warm (median)             build %8.1f ms  run %8.1f ms (min %.1f, CPU %.1f ms)%n",
                ours.get("build_ms"), ours.get("run_ms"), ours.get("run_min_ms"), ours.get("run_cpu_ms"));
        for (Map<String, Object> b : brian2) {
            out.printf(Locale.ROOT, "  Brian2 %-15s          loop %8.1f ms  whole script %.2f s (%d spikes)%n",
                    b.get("target"), NetworkBenchCommand.number(b, "run_s") * 1000,
                    NetworkBenchCommand.number(b, "total_s"), (long) NetworkBenchCommand.number(b, "spikes"));
        }
        if (brian2.isEmpty()) {
            out.println("  Brian2: not run (python3 with brian2 not found, or --brian2 no)");
        }
        if (ours.containsKey("e2e_s")) {
            out.printf(Locale.ROOT, "  end to end, a fresh process each time, as a user runs it (median):%n");
            out.printf(Locale.ROOT, "    ours   %s network FILE --json: %.3f s (min %.3f, %s; first run %.2f s)%n",
                    launcher.getFileName(), ours.get("e2e_s"), ours.get("e2e_min_s"), runs(ours.get("e2e_runs")),
                    ours.get("e2e_first_s"));
            for (Map<String, Object> b : brian2) {
                boolean rerun = !"cpp_standalone".equals(b.get("target"));
                out.printf(Locale.ROOT, "    Brian2 %s, python3 CUBA.py: %.3f s (%s; process %.3f s%s)%n",
                        b.get("target"), b.get("e2e_s"), runs(b.get("runs")), b.get("process_s"),
                        rerun ? String.format(Locale.ROOT, " less its %.3f s loop-timing re-run",
                                NetworkBenchCommand.number(b, "run_s")) : "");
            }
        }
        for (Map.Entry<String, Object> e : ratios.entrySet()) {
            out.printf(Locale.ROOT, "  ratio %-46s %.2f%n", e.getKey(), e.getValue());
        }
        if (load0 >= 0) {
            out.printf(Locale.ROOT, "  load average %.2f before, %.2f after (%d cores)%n", load0, load1,
                    Runtime.getRuntime().availableProcessors());
        }
    }

    private static String runs(Object count) {
        int n = ((Number) count).intValue();
        return n == 1 ? "1 run" : n + " runs";
    }
}
