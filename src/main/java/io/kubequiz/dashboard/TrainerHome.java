package io.kubequiz.dashboard;

import io.kubequiz.account.AccountUser;
import io.kubequiz.account.Role;
import io.kubequiz.classroom.ClassroomLine;
import io.kubequiz.classroom.Classrooms;
import io.kubequiz.content.QuizCatalog;
import io.kubequiz.dashboard.TrainerHomeView.ClassCard;
import io.kubequiz.dashboard.TrainerHomeView.OpenAssignment;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The trainer's home page: two statements, the classes with their learner counts, then every open assignment of
 * those classes with how many current learners have finished it.
 */
@Service
public class TrainerHome {

    private record OpenRow(long id, long classId, String quizId, Instant closesAt, long finished) {}

    private final Classrooms classrooms;
    private final JdbcClient jdbc;
    private final QuizCatalog catalog;
    private final Clock clock;
    private final ZoneId zone;

    TrainerHome(
            Classrooms classrooms,
            JdbcClient jdbc,
            QuizCatalog catalog,
            Clock clock,
            @Value("${kubequiz.time-zone:Europe/Paris}") ZoneId zone) {
        this.classrooms = classrooms;
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.clock = clock;
        this.zone = zone;
    }

    @Transactional(readOnly = true)
    public TrainerHomeView load(AccountUser user, Locale locale) {
        List<ClassroomLine> classes = classrooms.visibleTo(user);
        Map<Long, List<OpenRow>> open = new HashMap<>();
        if (!classes.isEmpty()) {
            openAssignments(user)
                    .forEach(r -> open.computeIfAbsent(r.classId(), k -> new ArrayList<>())
                            .add(r));
        }
        return new TrainerHomeView(classes.stream()
                .map(c -> new ClassCard(
                        c.id(),
                        c.name(),
                        c.archived(),
                        c.learners(),
                        open.getOrDefault(c.id(), List.of()).stream()
                                .map(r -> new OpenAssignment(
                                        r.id(),
                                        catalog.quiz(r.quizId())
                                                .map(q -> q.title().in(locale))
                                                .orElse(r.quizId()),
                                        r.closesAt() == null
                                                ? null
                                                : r.closesAt().atZone(zone),
                                        r.finished(),
                                        c.learners(),
                                        DashboardStats.percent(r.finished(), c.learners())))
                                .toList()))
                .toList());
    }

    /** Assignments open now in the user's active classes, soonest closing first, with their finished learners. */
    private List<OpenRow> openAssignments(AccountUser user) {
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        return jdbc.sql("SELECT s.id, s.classroom_id, s.quiz_id, s.closes_at,"
                        + " (SELECT COUNT(*) FROM enrolment e WHERE e.classroom_id = s.classroom_id"
                        + " AND e.removed_at IS NULL AND EXISTS (SELECT 1 FROM attempt a WHERE a.assignment_id = s.id"
                        + " AND a.user_id = e.user_id AND a.attempt_state IN ('SUBMITTED', 'EXPIRED'))) AS finished"
                        + " FROM assignment s JOIN classroom c ON c.id = s.classroom_id"
                        + " WHERE (:everyClass = TRUE OR c.trainer_id = :trainerId) AND c.archived = FALSE"
                        + " AND s.opens_at <= :now AND (s.closes_at IS NULL OR s.closes_at > :now)"
                        + " ORDER BY CASE WHEN s.closes_at IS NULL THEN 1 ELSE 0 END, s.closes_at, s.id")
                .param("everyClass", user.role() == Role.ADMIN)
                .param("trainerId", user.id())
                .param("now", now)
                .query((rs, n) -> {
                    OffsetDateTime closes = rs.getObject(4, OffsetDateTime.class);
                    return new OpenRow(
                            rs.getLong(1),
                            rs.getLong(2),
                            rs.getString(3),
                            closes == null ? null : closes.toInstant(),
                            rs.getLong(5));
                })
                .list();
    }
}
