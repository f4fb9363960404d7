package org.attune.server.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.attune.core.error.AttuneException;
import org.attune.core.error.ErrorCode;

/**
 * Seals what people wrote before it reaches the database: AES-256-GCM with a random 96-bit nonce per value and the
 * column's name as associated data (a sealed body cannot be passed off as a note). Layout: version byte, nonce,
 * ciphertext with its 128-bit tag.
 */
public final class TextCipher {
    private static final byte VERSION = 1;
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    public TextCipher(byte[] key) {
        if (key.length != 32) {
            throw new AttuneException(ErrorCode.CONFIG, "the data key must be 32 bytes (base64 of 32 random bytes), "
                    + "got " + key.length);
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
    }

    /**
     * The key from {@code base64} when given (ATTUNE_DATA_KEY), else from {@code file}, created with 32 random bytes
     * readable only by its owner on first start.
     */
    public static TextCipher fromKeyOrFile(String base64, Path file) {
        try {
            if (base64 != null && !base64.isBlank()) {
                return new TextCipher(Base64.getDecoder().decode(base64.trim()));
            }
            if (!Files.exists(file)) {
                byte[] k = new byte[32];
                new SecureRandom().nextBytes(k);
                Files.createDirectories(file.toAbsolutePath().getParent());
                try {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rw-------")));
                } catch (UnsupportedOperationException e) {
                    Files.createFile(file);
                } catch (FileAlreadyExistsException e) {
                    return fromKeyOrFile(null, file);
                }
                Files.writeString(file, Base64.getEncoder().encodeToString(k) + "\n");
            }
            return new TextCipher(Base64.getDecoder().decode(Files.readString(file).trim()));
        } catch (IllegalArgumentException e) {
            throw new AttuneException(ErrorCode.CONFIG, "the data key is not valid base64");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] seal(byte[] plain, String column) {
        try {
            byte[] nonce = new byte[NONCE];
            random.nextBytes(nonce);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            c.updateAAD(column.getBytes(StandardCharsets.UTF_8));
            byte[] ct = c.doFinal(plain);
            return ByteBuffer.allocate(1 + NONCE + ct.length).put(VERSION).put(nonce).put(ct).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    public byte[] seal(String plain, String column) {
        return seal(plain.getBytes(StandardCharsets.UTF_8), column);
    }

    public byte[] open(byte[] sealed, String column) {
        if (sealed.length < 1 + NONCE + TAG_BITS / 8 || sealed[0] != VERSION) {
            throw new IllegalStateException("sealed value of an unknown format");
        }
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 1, NONCE));
            c.updateAAD(column.getBytes(StandardCharsets.UTF_8));
            return c.doFinal(sealed, 1 + NONCE, sealed.length - 1 - NONCE);
        } catch (GeneralSecurityException e) {
            // a wrong key or a tampered value: never fall back to anything
            throw new IllegalStateException("cannot open a sealed value: wrong data key or tampered data");
        }
    }

    public String openString(byte[] sealed, String column) {
        return new String(open(sealed, column), StandardCharsets.UTF_8);
    }
}
