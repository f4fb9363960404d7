package org.attune.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

import org.attune.core.error.AttuneException;
import org.attune.core.error.ErrorCode;
import org.attune.core.io.ThreadReader;
import org.attune.core.thread.PostThread;

/** Reads the PATH argument of {@code analyze}: a .txt or .json file, or standard input for "-". */
final class Inputs {
    private Inputs() {
    }

    static PostThread read(String path, ThreadReader reader) {
        byte[] bytes;
        String name;
        if (path.equals("-")) {
            bytes = readBounded(System.in, reader.limits().maxBytes());
            name = "stdin";
        } else {
            Path p = Path.of(path);
            try {
                if (Files.isDirectory(p)) {
                    throw new AttuneException(ErrorCode.USAGE, "PATH is a directory; give a .txt or .json file");
                }
                long size = Files.size(p);
                if (size > reader.limits().maxBytes()) {
                    throw new AttuneException(ErrorCode.TOO_LARGE, "the file is " + size + " bytes; at most "
                            + reader.limits().maxBytes() + " bytes are accepted per document or thread");
                }
                bytes = Files.readAllBytes(p);
            } catch (NoSuchFileException e) {
                throw new AttuneException(ErrorCode.NOT_FOUND, "no such file: " + path);
            } catch (IOException e) {
                throw new AttuneException(ErrorCode.NOT_FOUND, "cannot read " + path + " ("
                        + e.getClass().getSimpleName() + ")");
            }
            name = p.getFileName().toString();
        }
        String lower = name.toLowerCase(Locale.ROOT);
        String stem = name.replaceFirst("(\\.thread)?\\.(json|txt)$", "");
        if (lower.endsWith(".json")) {
            return reader.readJson(bytes, stem);
        }
        if (lower.endsWith(".txt")) {
            return reader.readText(bytes, stem, "writer");
        }
        if (path.equals("-")) {
            String head = new String(bytes, 0, Math.min(bytes.length, 64), java.nio.charset.StandardCharsets.UTF_8)
                    .stripLeading();
            return head.startsWith("{") ? reader.readJson(bytes, "stdin") : reader.readText(bytes, "stdin", "writer");
        }
        throw new AttuneException(ErrorCode.USAGE, "PATH must end in .txt (one document by one writer) or .json "
                + "(a document {\"id\",\"author\",\"text\"} or a thread), or be - for standard input");
    }

    private static byte[] readBounded(InputStream in, int max) {
        try {
            byte[] bytes = in.readNBytes(max + 1);
            if (bytes.length > max) {
                throw new AttuneException(ErrorCode.TOO_LARGE, "standard input is over " + max
                        + " bytes, the most accepted per document or thread");
            }
            return bytes;
        } catch (IOException e) {
            throw new AttuneException(ErrorCode.NOT_FOUND, "cannot read standard input");
        }
    }
}
