package io.kubequiz.content;

import java.util.List;

/**
 * An answer that cannot be graded because it is malformed (not a number, an option that does not exist, an ordering
 * that is not a permutation). It carries a message code, so the web layer can say what is wrong in the learner's
 * language; nothing is recorded for such an answer.
 */
public class InvalidAnswerException extends RuntimeException {

    private final String code;
    private final transient List<Object> arguments;

    public InvalidAnswerException(String code, Object... arguments) {
        super(code);
        this.code = code;
        this.arguments = List.of(arguments);
    }

    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
