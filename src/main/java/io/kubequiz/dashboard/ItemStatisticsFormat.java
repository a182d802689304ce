package io.kubequiz.dashboard;

import io.kubequiz.content.LocalizedText;
import io.kubequiz.content.RichText;
import java.text.NumberFormat;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * How the statistics page writes its figures, in the page's language: percentages with two decimals (an undefined
 * figure is "—"), pick rates as percentages, stems cut to a short plain-text excerpt. One instance per request
 * (number formats are not thread-safe).
 */
public final class ItemStatisticsFormat {

    private static final int EXCERPT_LENGTH = 110;

    private final Locale locale;
    private final MessageSource messages;
    private final NumberFormat number;

    ItemStatisticsFormat(Locale locale, MessageSource messages) {
        this.locale = locale;
        this.messages = messages;
        this.number = NumberFormat.getNumberInstance(locale);
        number.setMinimumFractionDigits(2);
        number.setMaximumFractionDigits(2);
    }

    /** Whether a figure is undefined. */
    public boolean undefined(Double value) {
        return value == null;
    }

    /** A percentage figure ({@code 62.5} → "62.50 %"), or "—" when undefined. */
    public String percent(Double value) {
        if (value == null) {
            return messages.getMessage("itemStats.undefined", null, locale);
        }
        return messages.getMessage("itemStats.percent", new Object[] {number.format(value)}, locale);
    }

    /** A pick rate from 0 to 1 as a percentage ({@code 0.5} → "50.00 %"), or "—" when undefined. */
    public String rate(Double rate) {
        return percent(rate == null ? null : 100 * rate);
    }

    /** The beginning of a text in the page's language, as plain text (Markdown marks removed). */
    public String excerpt(LocalizedText text) {
        if (text == null) {
            return "";
        }
        String plain = text.in(locale)
                .replaceAll("(?s)```.*?(```|$)", " ")
                .replaceAll("`|\\*\\*", "")
                .replaceAll("\\s+", " ")
                .strip();
        if (plain.length() <= EXCERPT_LENGTH) {
            return plain;
        }
        int cut = plain.lastIndexOf(' ', EXCERPT_LENGTH);
        return plain.substring(0, cut > EXCERPT_LENGTH / 2 ? cut : EXCERPT_LENGTH) + "…";
    }

    /** An option's text in the page's language, as inline HTML (the bank's Markdown; raw HTML escaped). */
    public String optionHtml(LocalizedText text) {
        return text == null ? "" : RichText.inlineHtml(text.in(locale));
    }
}
