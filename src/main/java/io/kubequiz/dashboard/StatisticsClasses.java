package io.kubequiz.dashboard;

import io.kubequiz.account.AccountUser;
import io.kubequiz.classroom.AssignmentMode;
import io.kubequiz.classroom.ClassroomLine;
import io.kubequiz.classroom.Classrooms;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The classes a trainer manages (every class for an admin) with their assignments, for clients that then ask for
 * an assignment's statistics. Two queries whatever the number of classes: the classes, then all their assignments.
 */
@Service
public class StatisticsClasses {

    /** An assignment of a class: which quiz, in which mode, from when to when ({@code closesAt} null: no end). */
    public record AssignmentEntry(long id, String quizId, AssignmentMode mode, Instant opensAt, Instant closesAt) {}

    /** A class with its number of learners now and its assignments, newest first. */
    public record ClassEntry(
            long id, String name, boolean archived, long learners, List<AssignmentEntry> assignments) {}

    private final Classrooms classrooms;
    private final JdbcClient jdbc;

    StatisticsClasses(Classrooms classrooms, JdbcClient jdbc) {
        this.classrooms = classrooms;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<ClassEntry> visibleTo(AccountUser user) {
        List<ClassroomLine> lines = classrooms.visibleTo(user);
        if (lines.isEmpty()) {
            return List.of();
        }
        Map<Long, List<AssignmentEntry>> byClass = new HashMap<>();
        jdbc.sql("SELECT id, classroom_id, quiz_id, assignment_mode, opens_at, closes_at FROM assignment"
                        + " WHERE classroom_id IN (:classes) ORDER BY opens_at DESC, id DESC")
                .param("classes", lines.stream().map(ClassroomLine::id).toList())
                .query(rs -> {
                    OffsetDateTime closes = rs.getObject("closes_at", OffsetDateTime.class);
                    byClass.computeIfAbsent(rs.getLong("classroom_id"), id -> new ArrayList<>())
                            .add(new AssignmentEntry(
                                    rs.getLong("id"),
                                    rs.getString("quiz_id"),
                                    AssignmentMode.valueOf(rs.getString("assignment_mode")),
                                    rs.getObject("opens_at", OffsetDateTime.class)
                                            .toInstant(),
                                    closes == null ? null : closes.toInstant()));
                });
        return lines.stream()
                .map(c -> new ClassEntry(
                        c.id(),
                        c.name(),
                        c.archived(),
                        c.learners(),
                        List.copyOf(byClass.getOrDefault(c.id(), List.of()))))
                .toList();
    }
}
