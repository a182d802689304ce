package io.kubequiz.content;

import java.util.Locale;

/** A text in the two languages of the course. French is the course language; English is the fallback. */
public record LocalizedText(String fr, String en) {

    public String in(Locale locale) {
        return locale != null && "fr".equals(locale.getLanguage()) ? fr : en;
    }
}
