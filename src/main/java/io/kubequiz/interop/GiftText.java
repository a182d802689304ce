package io.kubequiz.interop;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of an uploaded GIFT file. Moodle expects UTF-8; files saved by older Windows editors are Windows-1252, so
 * a file that is not valid UTF-8 is read as Windows-1252 (every byte is a character there). A UTF-8 byte order mark
 * is dropped; a UTF-16 one is honoured. Empty, blank, binary and over-large files are refused.
 */
public final class GiftText {

    /** The largest file read here: 2 MiB, far more than a question bank needs. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** A text file has a few control characters at most (a stray form feed, a DOS end-of-file mark). */
    private static final double MAX_CONTROL_SHARE = 0.01;

    private GiftText() {}

    /**
     * The decoded text and the charset it was read with, or the reason the file is refused ({@code text} and {@code
     * charset} are then null).
     */
    public record Decoded(String text, String charset, GiftMessage refusal) {

        public boolean refused() {
            return refusal != null;
        }

        static Decoded refuse(String key, Object... args) {
            return new Decoded(null, null, GiftMessage.of(key, args));
        }
    }

    public static Decoded decode(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return Decoded.refuse("gift.refused.empty");
        }
        if (bytes.length > MAX_BYTES) {
            return Decoded.refuse("gift.refused.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        String text;
        Charset charset;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            text = new String(bytes, 3, bytes.length - 3, charset);
        } else if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16;
            text = new String(bytes, charset);
        } else {
            text = strictUtf8(bytes);
            charset = text != null ? StandardCharsets.UTF_8 : WINDOWS_1252;
            if (text == null) {
                text = new String(bytes, WINDOWS_1252);
            }
        }
        if (binary(text)) {
            return Decoded.refuse("gift.refused.binary");
        }
        if (text.isBlank()) {
            return Decoded.refuse("gift.refused.empty");
        }
        return new Decoded(text, charset.name(), null);
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** A NUL, or more control characters than a text file has: an image, an archive, a word-processor file. */
    private static boolean binary(String text) {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            boolean layout = c == '\t' || c == '\n' || c == '\r' || c == '\f';
            if ((c < 0x20 && !layout) || c == 0x7F || (c >= 0x80 && c < 0xA0)) {
                controls++;
            }
        }
        return controls > text.length() * MAX_CONTROL_SHARE;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
