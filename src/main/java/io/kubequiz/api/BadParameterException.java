package io.kubequiz.api;

/** A request parameter of the API with a value it cannot use: a 400 naming the parameter. */
class BadParameterException extends RuntimeException {

    private final String parameter;
    private final String value;
    private final String messageKey;

    BadParameterException(String parameter, String value, String messageKey) {
        super("bad value for " + parameter + ": " + value);
        this.parameter = parameter;
        this.value = value;
        this.messageKey = messageKey;
    }

    String parameter() {
        return parameter;
    }

    String value() {
        return value;
    }

    String messageKey() {
        return messageKey;
    }
}
