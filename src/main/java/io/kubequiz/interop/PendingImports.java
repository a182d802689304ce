package io.kubequiz.interop;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Optional;
import java.util.UUID;

/**
 * The file a trainer previewed, kept in their session until they confirm: the confirmation imports what the preview
 * showed, not a second upload. One per session: a new preview replaces the last.
 */
final class PendingImports {

    private static final String ATTRIBUTE = PendingImports.class.getName();

    record Pending(String key, String fileName, String text) implements Serializable {}

    private PendingImports() {}

    static Pending keep(HttpSession session, String fileName, String text) {
        Pending pending = new Pending(UUID.randomUUID().toString(), fileName, text);
        session.setAttribute(ATTRIBUTE, pending);
        return pending;
    }

    static Optional<Pending> find(HttpSession session, String key) {
        return session.getAttribute(ATTRIBUTE) instanceof Pending pending
                        && pending.key().equals(key)
                ? Optional.of(pending)
                : Optional.empty();
    }

    static void forget(HttpSession session) {
        session.removeAttribute(ATTRIBUTE);
    }
}
