package io.kubequiz.classroom;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClassroomRepository extends JpaRepository<Classroom, Long> {

    List<Classroom> findByTrainerIdOrderByArchivedAscNameAsc(long trainerId);

    List<Classroom> findAllByOrderByArchivedAscNameAsc();

    Optional<Classroom> findByJoinCode(String joinCode);

    boolean existsByJoinCode(String joinCode);

    /** Classes with their number of active learners, in one query. */
    @Query("select new io.kubequiz.classroom.ClassroomLine(c.id, c.name, c.joinCode, c.archived,"
            + " (select count(e) from Enrolment e where e.classroomId = c.id and e.removedAt is null))"
            + " from Classroom c where (:trainerId is null or c.trainerId = :trainerId)"
            + " order by c.archived, c.name")
    List<ClassroomLine> lines(Long trainerId);

    /** The classes a learner is in now. */
    @Query("select c from Classroom c, Enrolment e where e.classroomId = c.id and e.userId = :userId"
            + " and e.removedAt is null order by c.name")
    List<Classroom> ofLearner(long userId);
}
