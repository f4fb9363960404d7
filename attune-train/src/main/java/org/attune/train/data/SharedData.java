package org.attune.train.data;

import java.nio.file.Files;
import java.nio.file.Path;

import org.attune.core.error.AttuneException;
import org.attune.core.error.ErrorCode;

/**
 * Finds the shared datasets and seeds, which live beside the repository ({@code ../shared}) and are never copied into
 * it. {@code ATTUNE_SHARED} overrides the place. Fails with a message that says where it looked and what to do.
 */
public final class SharedData {
    private SharedData() {
    }

    public static Path root() {
        String env = System.getenv("ATTUNE_SHARED");
        if (env != null && !env.isBlank()) {
            Path p = Path.of(env);
            if (Files.isDirectory(p.resolve("data"))) {
                return p;
            }
            throw missing("ATTUNE_SHARED=" + env + " has no data/ folder");
        }
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < 4 && dir != null; i++, dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared");
            if (Files.isDirectory(candidate.resolve("data"))) {
                return candidate;
            }
        }
        throw missing("no shared/ folder with data/ found beside the repository or its parents");
    }

    public static Path dataset(String name) {
        Path p = root().resolve("data").resolve(name);
        if (!Files.isDirectory(p)) {
            throw missing("dataset folder " + p + " is missing");
        }
        return p;
    }

    private static AttuneException missing(String what) {
        return new AttuneException(ErrorCode.SHARED_DATA_MISSING, what + ". Training and evaluation need the "
                + "project's shared datasets: place the shared/ folder beside the repository (../shared) or set "
                + "ATTUNE_SHARED to its path. Analysis itself does not need it.");
    }
}
