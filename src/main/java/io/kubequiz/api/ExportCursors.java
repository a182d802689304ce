package io.kubequiz.api;

import io.kubequiz.dashboard.ClassExports;
import io.kubequiz.system.SharedSecrets;
import io.kubequiz.system.SigningKey;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Opaque page cursors: where the last page ended, bound to the query it belongs to (endpoint, class, filters) and
 * signed with HMAC-SHA256, so that a cursor that was cut, edited or made for another query is refused (400 naming
 * {@code cursor}) instead of silently starting somewhere else. The key is {@code kubequiz.api.cursor-secret} when set,
 * else one drawn once and kept in the database: either way every instance, before and after a restart, reads the
 * cursors of the others.
 */
@Component
class ExportCursors {

    private static final int MAC_BYTES = 16;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    /** What a page was read for: a cursor only continues the same query. */
    record Context(String export, long classId, Long assignmentId, Instant since) {

        String text() {
            return "v1|" + export + "|" + classId + "|" + (assignmentId == null ? "-" : assignmentId) + "|"
                    + (since == null ? "-" : since);
        }
    }

    private final SigningKey key;

    ExportCursors(SharedSecrets secrets, @Value("${kubequiz.api.cursor-secret:}") String secret) {
        this.key = secrets.signingKey("export-cursor", secret);
    }

    String encode(Context context, ClassExports.Key next) {
        byte[] payload = (context.text() + "|" + next.learner() + "|" + next.item()).getBytes(StandardCharsets.UTF_8);
        byte[] mac = key.sign(payload, MAC_BYTES);
        return ENCODER.encodeToString(ByteBuffer.allocate(payload.length + MAC_BYTES)
                .put(payload)
                .put(mac)
                .array());
    }

    /** The key a cursor carries, if it is one of ours for this very query; else a 400 naming {@code cursor}. */
    ClassExports.Key decode(Context context, String cursor) {
        try {
            byte[] bytes = DECODER.decode(cursor.strip());
            // Only the canonical spelling: the last character's unused bits could otherwise change unnoticed.
            if (bytes.length > MAC_BYTES && ENCODER.encodeToString(bytes).equals(cursor.strip())) {
                byte[] payload = Arrays.copyOf(bytes, bytes.length - MAC_BYTES);
                byte[] mac = Arrays.copyOfRange(bytes, bytes.length - MAC_BYTES, bytes.length);
                if (key.verifies(payload, mac)) {
                    String text = new String(payload, StandardCharsets.UTF_8);
                    String prefix = context.text() + "|";
                    if (text.startsWith(prefix)) {
                        String[] key = text.substring(prefix.length()).split("\\|");
                        if (key.length == 2) {
                            return new ClassExports.Key(Long.parseLong(key[0]), Long.parseLong(key[1]));
                        }
                    }
                }
            }
        } catch (IllegalArgumentException e) {
            // not base64, or not numbers: reported below
        }
        throw ExportQuery.bad("cursor", cursor, "api.problem.badCursor");
    }
}
