package io.kubequiz.attempt;

/** A move the attempt's state machine refuses, such as answering a submitted attempt. */
class IllegalAttemptStateException extends RuntimeException {

    private final AttemptState state;

    IllegalAttemptStateException(AttemptState state, String move) {
        super("cannot " + move + " an attempt that is " + state);
        this.state = state;
    }

    AttemptState state() {
        return state;
    }
}
