package io.kubequiz.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Uploaded bytes become text in the right charset, or are refused with a reason. */
class GiftTextTest {

    @Test
    void windows1252WithFrenchAccentsIsDetected() {
        GiftText.Decoded decoded = GiftText.decode(bytes("windows-1252.gift"));

        assertThat(decoded.refused()).isFalse();
        assertThat(decoded.charset()).isEqualTo("windows-1252");
        assertThat(decoded.text())
                .startsWith("// Réseau, écrit sous Windows\n")
                .contains("Où s’exécute le résolveur DNS « CoreDNS » ? Coût : 5 €.");
        assertThat(GiftParser.parse(decoded.text()).blocks().get(0).name()).isEqualTo("q1");
    }

    @Test
    void utf8IsReadStrictlyAndItsByteOrderMarkDropped() {
        GiftText.Decoded bom = GiftText.decode(bytes("utf8-bom.gift"));

        assertThat(bom.charset()).isEqualTo("UTF-8");
        assertThat(bom.text()).isEqualTo("::q1::Café ?{T}\n");
        GiftText.Decoded plain = GiftText.decode("::q::Ça va ? ≠ ≤ 🙂{T}".getBytes(StandardCharsets.UTF_8));
        assertThat(plain.charset()).isEqualTo("UTF-8");
        assertThat(plain.text()).isEqualTo("::q::Ça va ? ≠ ≤ 🙂{T}");
    }

    @Test
    void utf16WithItsByteOrderMarkIsRead() {
        byte[] utf16 = "\uFEFF::q::Été{T}".getBytes(StandardCharsets.UTF_16LE);

        GiftText.Decoded decoded = GiftText.decode(utf16);

        assertThat(decoded.text()).isEqualTo("::q::Été{T}");
    }

    @Test
    void binaryEmptyBlankAndOversizedFilesAreRefused() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        byte[] controls = new byte[200];
        Arrays.fill(controls, (byte) 'a');
        for (int i = 0; i < 10; i++) {
            controls[i * 20] = 0x01;
        }
        byte[] large = new byte[GiftText.MAX_BYTES + 1];
        Arrays.fill(large, (byte) 'a');

        assertThat(GiftText.decode(png).refusal()).isEqualTo(GiftMessage.of("gift.refused.binary"));
        assertThat(GiftText.decode(controls).refusal()).isEqualTo(GiftMessage.of("gift.refused.binary"));
        assertThat(GiftText.decode(new byte[0]).refusal()).isEqualTo(GiftMessage.of("gift.refused.empty"));
        assertThat(GiftText.decode(null).refusal()).isEqualTo(GiftMessage.of("gift.refused.empty"));
        assertThat(GiftText.decode(" \n\t\r\n".getBytes(StandardCharsets.US_ASCII))
                        .refusal())
                .isEqualTo(GiftMessage.of("gift.refused.empty"));
        assertThat(GiftText.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})
                        .refusal())
                .isEqualTo(GiftMessage.of("gift.refused.empty"));
        assertThat(GiftText.decode(large).refusal()).isEqualTo(GiftMessage.of("gift.refused.tooLarge", 2));
        assertThat(GiftText.decode(Arrays.copyOf(large, GiftText.MAX_BYTES)).refused())
                .isFalse();
    }

    @Test
    void aFewStrayControlCharactersDoNotMakeAFileBinary() {
        byte[] text = ("::q::Old DOS file{T}\n" + "x".repeat(200) + "\u001A").getBytes(StandardCharsets.US_ASCII);

        assertThat(GiftText.decode(text).refused()).isFalse();
    }

    private static byte[] bytes(String fixture) {
        try (InputStream in = GiftTextTest.class.getResourceAsStream("/gift/" + fixture)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
