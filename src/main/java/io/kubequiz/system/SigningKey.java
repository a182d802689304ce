package io.kubequiz.system;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An HMAC-SHA256 key for values the application hands out and reads back (page cursors, device cookies), the same on
 * every instance behind one address so that what one signs the others accept: see {@link SharedSecrets}.
 */
public final class SigningKey {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    SigningKey(byte[] bytes) {
        this.key = new SecretKeySpec(bytes, ALGORITHM);
    }

    /** The first {@code length} bytes (at most 32) of the HMAC of {@code payload}. */
    public byte[] sign(byte[] payload, int length) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return Arrays.copyOf(mac.doFinal(payload), length);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    /** Whether {@code mac} is this key's signature of {@code payload}, compared in constant time. */
    public boolean verifies(byte[] payload, byte[] mac) {
        return mac.length > 0 && MessageDigest.isEqual(mac, sign(payload, mac.length));
    }
}
