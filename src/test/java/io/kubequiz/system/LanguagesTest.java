package io.kubequiz.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void frenchBrowsersGetFrenchOthersEnglishAndNoHeaderFrench() {
        assertThat(Languages.fromAcceptLanguage("fr-FR,fr;q=0.9,en;q=0.8")).isEqualTo(Locale.FRENCH);
        assertThat(Languages.fromAcceptLanguage("fr-CA")).isEqualTo(Locale.FRENCH);
        assertThat(Languages.fromAcceptLanguage("en-US,en;q=0.9")).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.fromAcceptLanguage("de-DE")).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.fromAcceptLanguage("de-DE,fr;q=0.5")).isEqualTo(Locale.FRENCH);
        assertThat(Languages.fromAcceptLanguage(null)).isEqualTo(Locale.FRENCH);
        assertThat(Languages.fromAcceptLanguage("")).isEqualTo(Locale.FRENCH);
        assertThat(Languages.fromAcceptLanguage(";;;q=abc")).isEqualTo(Locale.FRENCH);
    }

    @Test
    void onlyTheTwoLanguagesCanBeChosen() {
        assertThat(Languages.named("en")).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.named(" FR ")).isEqualTo(Locale.FRENCH);
        assertThat(Languages.named("de")).isNull();
        assertThat(Languages.named(null)).isNull();
    }
}
