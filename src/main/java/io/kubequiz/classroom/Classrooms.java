package io.kubequiz.classroom;

import io.kubequiz.account.AccountUser;
import io.kubequiz.account.ClassCodes;
import io.kubequiz.account.Role;
import io.kubequiz.system.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Classes and their learners. A trainer reaches only their own classes, an admin every class; anyone else gets
 * "not found", so that nobody learns that a class exists.
 */
@Service
public class Classrooms implements ClassCodes {

    /** How a join attempt ended, as a message key for the learner. */
    public enum Joined {
        JOINED,
        ALREADY_IN,
        UNKNOWN_CODE
    }

    /** A learner in a class now. */
    public record Learner(long id, String username, String displayName, Instant joinedAt) {}

    private final ClassroomRepository classrooms;
    private final EnrolmentRepository enrolments;
    private final Clock clock;

    Classrooms(ClassroomRepository classrooms, EnrolmentRepository enrolments, Clock clock) {
        this.classrooms = classrooms;
        this.enrolments = enrolments;
        this.clock = clock;
    }

    @Transactional
    long create(AccountUser trainer, String name) {
        return classrooms
                .save(new Classroom(trainer.id(), name, freshCode(), clock.instant()))
                .id();
    }

    /** How many classes there are, archived ones included. */
    @Transactional(readOnly = true)
    public long countAll() {
        return classrooms.count();
    }

    /**
     * Creates a class for a trainer, with a fresh join code, as if created at {@code createdAt} (for data imported
     * rather than typed, such as the demo's). The caller vouches that {@code trainerId} is a trainer.
     */
    @Transactional
    public long createFor(long trainerId, String name, Instant createdAt) {
        if (name == null || name.isBlank() || name.strip().length() > 80) {
            throw new IllegalArgumentException("a class name has 1 to 80 characters");
        }
        return classrooms
                .save(new Classroom(trainerId, name.strip(), freshCode(), createdAt))
                .id();
    }

    /** Any class, whoever manages it, for code of this module that has checked the caller's rights. */
    @Transactional(readOnly = true)
    Optional<Classroom> byId(long classroomId) {
        return classrooms.findById(classroomId);
    }

    /** Puts a learner in a class, as if they joined at {@code joinedAt}; they must not be in it already. */
    @Transactional
    public void enrol(long classroomId, long userId, Instant joinedAt) {
        if (!classrooms.existsById(classroomId)) {
            throw new NotFoundException("class " + classroomId);
        }
        if (enrolments.existsById(new Enrolment.Key(classroomId, userId))) {
            throw new IllegalStateException("user " + userId + " was already in class " + classroomId);
        }
        enrolments.save(new Enrolment(classroomId, userId, joinedAt));
    }

    /** The classes this user manages: a trainer's own, or every class for an admin. */
    @Transactional(readOnly = true)
    public List<ClassroomLine> visibleTo(AccountUser user) {
        return classrooms.lines(user.role() == Role.ADMIN ? null : user.id());
    }

    /** The class, if this user may manage it. */
    @Transactional(readOnly = true)
    Classroom managed(long classroomId, AccountUser user) {
        return classrooms
                .findById(classroomId)
                .filter(c -> user.role() == Role.ADMIN || c.ownedBy(user.id()))
                .orElseThrow(() -> new NotFoundException("class " + classroomId));
    }

    /** A class this user manages, with its number of learners. */
    @Transactional(readOnly = true)
    public ClassroomLine summary(long classroomId, AccountUser user) {
        Classroom classroom = managed(classroomId, user);
        return new ClassroomLine(
                classroom.id(),
                classroom.name(),
                classroom.joinCode(),
                classroom.archived(),
                enrolments.countByClassroomIdAndRemovedAtIsNull(classroomId));
    }

    /** The learners in a class this user manages now, by name. */
    @Transactional(readOnly = true)
    public List<Learner> learners(long classroomId, AccountUser user) {
        managed(classroomId, user);
        return enrolments.learners(classroomId).stream()
                .map(row ->
                        new Learner(((Number) row[0]).longValue(), (String) row[1], (String) row[2], toInstant(row[3])))
                .toList();
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }

    @Transactional
    void rename(long classroomId, AccountUser user, String name) {
        managed(classroomId, user).rename(name);
    }

    @Transactional
    void archive(long classroomId, AccountUser user, boolean archived) {
        managed(classroomId, user).archive(archived);
    }

    @Transactional
    void regenerateCode(long classroomId, AccountUser user) {
        managed(classroomId, user).newCode(freshCode());
    }

    @Transactional
    void closeCode(long classroomId, AccountUser user) {
        managed(classroomId, user).closeCode();
    }

    /** Removes a learner from the class; their attempts and answers stay. */
    @Transactional
    void remove(long classroomId, long learnerId, AccountUser user) {
        managed(classroomId, user);
        enrolments
                .findById(new Enrolment.Key(classroomId, learnerId))
                .filter(Enrolment::active)
                .orElseThrow(() -> new NotFoundException("learner " + learnerId + " in class " + classroomId))
                .remove(clock.instant());
    }

    /** A learner joins with a code; an unknown, closed or archived class's code is refused the same way. */
    @Transactional
    public Joined joinWith(long userId, String typedCode) {
        String code = JoinCodes.normalise(typedCode);
        Classroom classroom = code == null
                ? null
                : classrooms.findByJoinCode(code).filter(Classroom::open).orElse(null);
        if (classroom == null) {
            return Joined.UNKNOWN_CODE;
        }
        Enrolment enrolment =
                enrolments.findById(new Enrolment.Key(classroom.id(), userId)).orElse(null);
        if (enrolment == null) {
            enrolments.save(new Enrolment(classroom.id(), userId, clock.instant()));
            return Joined.JOINED;
        }
        if (enrolment.active()) {
            return Joined.ALREADY_IN;
        }
        enrolment.rejoin(clock.instant());
        return Joined.JOINED;
    }

    @Override
    @Transactional
    public boolean join(long userId, String typedCode) {
        return joinWith(userId, typedCode) != Joined.UNKNOWN_CODE;
    }

    /** Whether a typed code names a class that can be joined now. */
    @Override
    @Transactional(readOnly = true)
    public boolean joinable(String typedCode) {
        String code = JoinCodes.normalise(typedCode);
        return code != null
                && classrooms.findByJoinCode(code).filter(Classroom::open).isPresent();
    }

    /** The names of the classes a learner is in now. */
    @Transactional(readOnly = true)
    public List<String> classNamesOf(long userId) {
        return classrooms.ofLearner(userId).stream().map(Classroom::name).toList();
    }

    private String freshCode() {
        String code;
        do {
            code = JoinCodes.next();
        } while (classrooms.existsByJoinCode(code));
        return code;
    }
}
