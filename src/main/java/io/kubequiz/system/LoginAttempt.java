package io.kubequiz.system;

import java.util.List;
import java.util.Locale;

/**
 * One sign-in attempt, as the throttle sees it: the username typed (an unknown one counts like a known one, so the
 * answer never tells whether an account exists), the client address and, when the browser holds a device cookie
 * for that very username, the cookie's nonce. Such a browser signed in to the account before and is throttled only by
 * its own failures, so that an attacker failing on the account from elsewhere cannot lock its owner out.
 */
record LoginAttempt(String username, String address, String device) {

    static final String ACCOUNT = "account:";
    static final String ADDRESS = "address:";
    static final String DEVICE = "device:";

    /** Usernames longer than any account's are cut: they cannot succeed, and keep their column short. */
    private static final int MAX_NAME = 64;

    /** The same spelling as the accounts look usernames up with. */
    static String normalized(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
    }

    static String account(String username) {
        return ACCOUNT + normalized(username);
    }

    static String device(String nonce) {
        return DEVICE + nonce;
    }

    /** What this attempt counts against, and is refused by: its trusted browser alone, else its account and address. */
    List<String> subjects() {
        if (device != null) {
            return List.of(device(device));
        }
        String where = address == null ? "" : address;
        return List.of(account(username), ADDRESS + (where.length() > MAX_NAME ? where.substring(0, MAX_NAME) : where));
    }
}
