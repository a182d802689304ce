package io.kubequiz.classroom;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "classroom")
class Classroom {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "trainer_id", nullable = false)
    private long trainerId;

    @Column(nullable = false, length = 80)
    private String name;

    @Column(name = "join_code", length = 8, unique = true)
    private String joinCode;

    @Column(nullable = false)
    private boolean archived;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Classroom() {}

    Classroom(long trainerId, String name, String joinCode, Instant createdAt) {
        this.trainerId = trainerId;
        this.name = name;
        this.joinCode = joinCode;
        this.createdAt = createdAt;
    }

    /** A learner can join only with an open code of a class that is not archived. */
    boolean open() {
        return joinCode != null && !archived;
    }

    void rename(String newName) {
        this.name = newName;
    }

    void newCode(String code) {
        this.joinCode = code;
    }

    void closeCode() {
        this.joinCode = null;
    }

    void archive(boolean archived) {
        this.archived = archived;
    }

    boolean ownedBy(long userId) {
        return trainerId == userId;
    }

    Long id() {
        return id;
    }

    long trainerId() {
        return trainerId;
    }

    String name() {
        return name;
    }

    String joinCode() {
        return joinCode;
    }

    boolean archived() {
        return archived;
    }

    Instant createdAt() {
        return createdAt;
    }
}
