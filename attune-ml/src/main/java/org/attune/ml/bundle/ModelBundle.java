package org.attune.ml.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.attune.core.error.AttuneException;
import org.attune.core.error.ErrorCode;

/**
 * A trained model as a folder on the classpath: {@code manifest.json} (id, version, labels, sha256 of each file,
 * training data and its licence, metrics) beside the files it lists. Every file's hash is checked when the bundle is
 * opened; a mismatch is an error, never a silent load. Nothing is ever downloaded.
 */
public final class ModelBundle {
    /**
     * The manifest object by which a bundle whose heads read an encoder's fine-tuned branch names that branch: its
     * {@code name} and its file's {@code sha256}.
     */
    public static final String BRANCH = "branch";

    /** Writes into a manifest being made the {@value #BRANCH} object naming the branch file its heads read. */
    public static void nameBranch(ObjectNode manifest, String name, byte[] file) {
        manifest.putObject(BRANCH).put("name", name).put("sha256", sha256(file));
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String path;
    private final JsonNode manifest;
    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private final Map<String, String> hashes = new LinkedHashMap<>();

    private ModelBundle(String path, JsonNode manifest) {
        this.path = path;
        this.manifest = manifest;
    }

    /** Opens the bundle at a classpath folder such as {@code org/attune/models/safety-cssrs}. */
    public static ModelBundle open(String classpathFolder) {
        return open(classpathFolder, name -> read(classpathFolder + "/" + name, classpathFolder));
    }

    /**
     * Opens a bundle written to a folder on disk rather than packaged: one made for a measurement (the per-fold
     * readers of a cross-validation) that is not shipped. Checked as a packaged bundle is.
     */
    public static ModelBundle open(Path folder) {
        return open(folder.toString(), name -> {
            try {
                return Files.readAllBytes(folder.resolve(name));
            } catch (IOException e) {
                throw new AttuneException(ErrorCode.MODEL, "model bundle " + folder + " is missing " + name);
            }
        });
    }

    private static ModelBundle open(String where, Function<String, byte[]> files) {
        byte[] manifestBytes = files.apply("manifest.json");
        JsonNode manifest;
        try {
            manifest = MAPPER.readTree(manifestBytes);
        } catch (IOException e) {
            throw new AttuneException(ErrorCode.MODEL, "model bundle " + where + " has an invalid manifest.json");
        }
        ModelBundle bundle = new ModelBundle(where, manifest);
        String id = bundle.id();
        bundle.hashes.put(id + "/manifest.json", sha256(manifestBytes));
        JsonNode listed = manifest.path("files");
        if (!listed.isObject() || listed.isEmpty()) {
            throw new AttuneException(ErrorCode.MODEL, "model bundle " + where + " lists no files");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = listed.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            byte[] bytes = files.apply(e.getKey());
            String actual = sha256(bytes);
            if (!actual.equals(e.getValue().asText())) {
                throw new AttuneException(ErrorCode.MODEL, "model bundle " + where + ": file "
                        + e.getKey() + " has sha256 " + actual + " but the manifest says " + e.getValue().asText());
            }
            bundle.files.put(e.getKey(), bytes);
            bundle.hashes.put(id + "/" + e.getKey(), actual);
        }
        return bundle;
    }

    private static byte[] read(String resource, String bundle) {
        try (InputStream in = ModelBundle.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new AttuneException(ErrorCode.MODEL, "model bundle " + bundle + " is missing " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new AttuneException(ErrorCode.MODEL, "cannot read " + resource);
        }
    }

    public String id() {
        return manifest.path("id").asText(path) + "@" + manifest.path("version").asText("0");
    }

    public JsonNode manifest() {
        return manifest;
    }

    /** A listed file's bytes, already checked against its hash. */
    public byte[] file(String name) {
        byte[] b = files.get(name);
        if (b == null) {
            throw new AttuneException(ErrorCode.MODEL, "model bundle " + path + " does not list " + name);
        }
        return b;
    }

    public JsonNode json(String name) {
        try {
            return MAPPER.readTree(file(name));
        } catch (IOException e) {
            throw new AttuneException(ErrorCode.MODEL, "model bundle " + path + ": " + name + " is not valid JSON");
        }
    }

    /** sha256 of the manifest and of every file, by "bundle-id/file", for provenance. */
    public Map<String, String> hashes() {
        return Map.copyOf(hashes);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
