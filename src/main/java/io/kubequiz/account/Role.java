package io.kubequiz.account;

public enum Role {
    STUDENT,
    TRAINER,
    ADMIN
}
