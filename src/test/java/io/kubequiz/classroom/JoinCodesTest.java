package io.kubequiz.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JoinCodesTest {

    @Test
    void codesHaveEightCharactersWithoutLookAlikes() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = JoinCodes.next();
            assertThat(code).hasSize(8).doesNotContain("0", "O", "1", "I", "L");
            assertThat(code.chars()).allMatch(c -> JoinCodes.ALPHABET.indexOf(c) >= 0);
            codes.add(code);
        }
        assertThat(codes).hasSizeGreaterThan(990);
    }

    @Test
    void typedCodesAreReadWhateverTheCaseSpacesAndDashes() {
        assertThat(JoinCodes.normalise(" abcd-2345 ")).isEqualTo("ABCD2345");
        assertThat(JoinCodes.normalise("ABCD 2345")).isEqualTo("ABCD2345");
        assertThat(JoinCodes.normalise("ABCD234")).isNull();
        assertThat(JoinCodes.normalise("ABCD2340"))
                .as("0 is not in the alphabet")
                .isNull();
        assertThat(JoinCodes.normalise(null)).isNull();
    }
}
