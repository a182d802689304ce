package io.kubequiz.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * Answers the question on the page as a learner who does not know the answer does: the first option, a DNS name
 * typed on the keyboard, the steps in the order shown. The kind of question is read from the form.
 */
final class Questions {

    enum Kind {
        SINGLE_CHOICE,
        MULTIPLE_CHOICE,
        TRUE_FALSE,
        SHORT_TEXT,
        NUMERIC,
        MATCHING,
        ORDERING
    }

    private Questions() {}

    static Kind kind(Page page) {
        Locator form = page.locator("#answer-form");
        if (form.locator("select[name^=order_]").count() > 0) {
            return Kind.ORDERING;
        }
        if (form.locator("select[name^=match_]").count() > 0) {
            return Kind.MATCHING;
        }
        if (form.locator("input[type=checkbox][name=choice]").count() > 0) {
            return Kind.MULTIPLE_CHOICE;
        }
        if (form.locator("input[type=radio][name=choice][value=true]").count() > 0) {
            return Kind.TRUE_FALSE;
        }
        if (form.locator("input[type=radio][name=choice]").count() > 0) {
            return Kind.SINGLE_CHOICE;
        }
        if (form.locator("input#text[inputmode=decimal]").count() > 0) {
            return Kind.NUMERIC;
        }
        return Kind.SHORT_TEXT;
    }

    /** Fills the answer, with the keyboard for typed answers; does not send it. */
    static Kind fill(Page page) {
        Kind kind = kind(page);
        Locator form = page.locator("#answer-form");
        switch (kind) {
            case ORDERING -> {
                Locator ranks = form.locator("select[name^=order_]");
                for (int i = 0; i < ranks.count(); i++) {
                    ranks.nth(i).selectOption(Integer.toString(i + 1));
                }
            }
            case MATCHING -> {
                Locator matches = form.locator("select[name^=match_]");
                for (int i = 0; i < matches.count(); i++) {
                    matches.nth(i).selectOption(Integer.toString(i + 1));
                }
            }
            case MULTIPLE_CHOICE, TRUE_FALSE, SINGLE_CHOICE -> {
                form.locator("input[name=choice]").first().focus();
                page.keyboard().press("Space");
            }
            case NUMERIC -> {
                form.locator("#text").focus();
                page.keyboard().type("10");
            }
            case SHORT_TEXT -> {
                form.locator("#text").focus();
                page.keyboard().type("web.default.svc.cluster.local");
            }
        }
        return kind;
    }
}
