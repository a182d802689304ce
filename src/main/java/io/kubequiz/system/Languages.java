package io.kubequiz.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;

/** The two languages of the app: French for browsers that accept it (and by default), English otherwise. */
public final class Languages {

    public static final Locale FRENCH = Locale.FRENCH;
    public static final Locale ENGLISH = Locale.ENGLISH;
    static final List<Locale> SUPPORTED = List.of(FRENCH, ENGLISH);

    private Languages() {}

    public static Locale fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return FRENCH;
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
            return match != null && match.getLanguage().equals("fr") ? FRENCH : ENGLISH;
        } catch (IllegalArgumentException malformed) {
            return FRENCH;
        }
    }

    static Locale fromRequest(HttpServletRequest request) {
        return fromAcceptLanguage(request.getHeader("Accept-Language"));
    }

    /** The supported language named by a {@code ?lang=} value, or null. */
    static Locale named(String tag) {
        if (tag == null) {
            return null;
        }
        return SUPPORTED.stream()
                .filter(l -> l.getLanguage().equalsIgnoreCase(tag.strip()))
                .findFirst()
                .orElse(null);
    }
}
