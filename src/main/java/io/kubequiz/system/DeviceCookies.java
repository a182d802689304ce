package io.kubequiz.system;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * OWASP "device cookies": after a successful sign-in the browser gets a long-lived cookie naming the account and a
 * random nonce, signed with the key {@code kubequiz.login.device-secret} (or the one kept in the database). Only the server can make one, so a browser that
 * shows one for the username it types has signed in to that account before; the nonce tells one such browser from
 * another, so each is throttled by its own failures.
 */
@Component
class DeviceCookies {

    static final String NAME = "kubequiz-device";

    private static final Duration LIFETIME = Duration.ofDays(365);
    private static final int MAC_BYTES = 16;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SigningKey key;
    private final SecureRandom random = new SecureRandom();

    DeviceCookies(SharedSecrets secrets, @Value("${kubequiz.login.device-secret:}") String secret) {
        this.key = secrets.signingKey("device-cookie", secret);
    }

    /** The nonce of this browser's device cookie, if it holds a genuine one for {@code username}. */
    Optional<String> nonceFor(HttpServletRequest request, String username) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (NAME.equals(cookie.getName())) {
                Optional<String> nonce = read(cookie.getValue(), LoginAttempt.normalized(username));
                if (nonce.isPresent()) {
                    return nonce;
                }
            }
        }
        return Optional.empty();
    }

    /** Gives the browser a device cookie for {@code username}, keeping the nonce it already has for that account. */
    void give(HttpServletRequest request, HttpServletResponse response, String username) {
        String name = LoginAttempt.normalized(username);
        String nonce = nonceFor(request, name).orElseGet(this::newNonce);
        byte[] payload = payload(name, nonce);
        String value = ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(key.sign(payload, MAC_BYTES));
        ResponseCookie cookie = ResponseCookie.from(NAME, value)
                .path("/")
                .maxAge(LIFETIME)
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Lax")
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }

    private Optional<String> read(String value, String username) {
        int dot = value == null ? -1 : value.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        try {
            byte[] payload = DECODER.decode(value.substring(0, dot));
            byte[] mac = DECODER.decode(value.substring(dot + 1));
            String[] parts = new String(payload, StandardCharsets.UTF_8).split("\\|", -1);
            if (mac.length == MAC_BYTES
                    && key.verifies(payload, mac)
                    && parts.length == 3
                    && parts[0].equals("v1")
                    && parts[1].equals(username)) {
                return Optional.of(parts[2]);
            }
        } catch (IllegalArgumentException e) {
            // not base64: not one of ours
        }
        return Optional.empty();
    }

    private static byte[] payload(String username, String nonce) {
        return ("v1|" + username + "|" + nonce).getBytes(StandardCharsets.UTF_8);
    }

    private String newNonce() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return ENCODER.encodeToString(bytes);
    }
}
