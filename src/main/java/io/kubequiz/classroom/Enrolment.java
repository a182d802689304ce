package io.kubequiz.classroom;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A learner in a class; a removed learner keeps the row, and their answers stay in the history. */
@Entity
@Table(name = "enrolment")
@IdClass(Enrolment.Key.class)
class Enrolment {

    record Key(long classroomId, long userId) implements Serializable {}

    @Id
    @Column(name = "classroom_id")
    private long classroomId;

    @Id
    @Column(name = "user_id")
    private long userId;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    @Column(name = "removed_at")
    private Instant removedAt;

    protected Enrolment() {}

    Enrolment(long classroomId, long userId, Instant joinedAt) {
        this.classroomId = classroomId;
        this.userId = userId;
        this.joinedAt = joinedAt;
    }

    boolean active() {
        return removedAt == null;
    }

    void remove(Instant now) {
        removedAt = now;
    }

    void rejoin(Instant now) {
        removedAt = null;
        joinedAt = now;
    }
}
