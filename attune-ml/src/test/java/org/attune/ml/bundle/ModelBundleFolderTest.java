package org.attune.ml.bundle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.attune.core.error.AttuneException;

/**
 * A bundle written to a folder (a measurement's, never shipped) is checked as a packaged one is: every file the
 * manifest lists, against its sha256; a changed or missing file is an error, not a silent load.
 */
class ModelBundleFolderTest {
    private static final byte[] HEAD = "{\"bias\":[0.5]}".getBytes(StandardCharsets.UTF_8);

    private static void write(Path dir, String sha256) throws Exception {
        Files.createDirectories(dir);
        Files.write(dir.resolve("head.json"), HEAD);
        Files.writeString(dir.resolve("manifest.json"), "{\"id\":\"fold-reader\",\"version\":\"2\","
                + "\"files\":{\"head.json\":\"" + sha256 + "\"}}");
    }

    @Test
    void aFolderBundle_opensWithItsFilesChecked(@TempDir Path dir) throws Exception {
        write(dir, ModelBundle.sha256(HEAD));
        ModelBundle bundle = ModelBundle.open(dir);
        assertEquals("fold-reader@2", bundle.id());
        assertArrayEquals(HEAD, bundle.file("head.json"));
        assertEquals(0.5, bundle.json("head.json").path("bias").path(0).asDouble(), 1e-9);
        assertEquals(ModelBundle.sha256(HEAD), bundle.hashes().get("fold-reader@2/head.json"));
    }

    @Test
    void aChangedOrMissingFile_isRefused(@TempDir Path dir) throws Exception {
        write(dir, "0".repeat(64));
        AttuneException changed = assertThrows(AttuneException.class, () -> ModelBundle.open(dir));
        assertTrue(changed.getMessage().contains("sha256"), changed.getMessage());
        Files.delete(dir.resolve("head.json"));
        AttuneException missing = assertThrows(AttuneException.class, () -> ModelBundle.open(dir));
        assertTrue(missing.getMessage().contains("missing head.json"), missing.getMessage());
        AttuneException none = assertThrows(AttuneException.class, () -> ModelBundle.open(dir.resolve("absent")));
        assertTrue(none.getMessage().contains("missing manifest.json"), none.getMessage());
    }
}
