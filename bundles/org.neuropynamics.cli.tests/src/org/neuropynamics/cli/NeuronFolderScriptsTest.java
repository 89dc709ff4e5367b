package org.neuropynamics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The process count of an exported NEURON folder is a parameter, not a number fixed at export: {@code run.sh N}
 * passes N to mpiexec (default: nproc of the machine it runs on), and {@code job.slurm} asks for
 * {@code export --processes N} tasks. run.sh is executed with stand-ins for mpiexec and nproc on the PATH that
 * record their arguments, so no MPI run happens.
 */
class NeuronFolderScriptsTest {

    private static final String CHAIN = "data/deterministic-chain.neuronet";

    @Test
    void runScriptTakesTheProcessCountAndSlurmJobTheExportedOne(@TempDir Path dir) throws Exception {
        CliRun export = CliRun.of("export", CHAIN, "--to", "neuron", "--processes", "64", "--out", dir.toString());
        assertEquals(0, export.status(), export.err());
        Path folder = Path.of(export.out().lines().findFirst().orElseThrow()).getParent();
        String slurm = Files.readString(folder.resolve("job.slurm"));
        assertTrue(slurm.contains("#SBATCH --ntasks=64\n"), slurm);
        assertTrue(Files.isExecutable(folder.resolve("run.sh")));
        // stand-ins: mpiexec records its arguments; nproc says 3; a compiled folder needs no build
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path log = dir.resolve("mpiexec.args");
        Files.writeString(bin.resolve("mpiexec"), "#!/bin/sh\nprintf '%s\\n' \"$*\" > " + log + "\n");
        Files.writeString(bin.resolve("nproc"), "#!/bin/sh\necho 3\n");
        bin.resolve("mpiexec").toFile().setExecutable(true);
        bin.resolve("nproc").toFile().setExecutable(true);
        Files.createDirectories(folder.resolve("x86_64"));
        assertEquals("-n 5 " + Python.EXE + " run.py --duration 20", runScript(folder, bin, log, "5", "--duration", "20"));
        assertEquals("-n 3 " + Python.EXE + " run.py", runScript(folder, bin, log));
        assertEquals("-n 3 " + Python.EXE + " run.py --seed 2", runScript(folder, bin, log, "--seed", "2"));
        CliRun bad = CliRun.of("export", CHAIN, "--to", "neuron", "--processes", "0", "--out", dir.toString());
        assertEquals(2, bad.status());
        assertTrue(bad.err().contains("--processes must be between 1 and 1000000"), bad.err());
    }

    private static String runScript(Path folder, Path bin, Path log, String... args) throws Exception {
        Files.deleteIfExists(log);
        List<String> cmd = new java.util.ArrayList<>(List.of("sh", folder.resolve("run.sh").toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        pb.environment().put("PYTHON", Python.EXE);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return Files.readString(log).strip();
    }
}
