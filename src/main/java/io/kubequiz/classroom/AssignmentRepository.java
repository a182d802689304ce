package io.kubequiz.classroom;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    List<Assignment> findByClassroomIdOrderByOpensAtDescIdDesc(long classroomId);

    /** The assignments of the classes a learner is in now, with the class name; archived classes are left out. */
    @Query("select a, c.name from Assignment a, Classroom c, Enrolment e where a.classroomId = c.id"
            + " and e.classroomId = c.id and e.userId = :userId and e.removedAt is null and c.archived = false"
            + " order by a.opensAt desc, a.id desc")
    List<Object[]> ofLearner(long userId);

    /** The assignment if this learner is in its class now (and the class is not archived), with the class name. */
    @Query("select a, c.name from Assignment a, Classroom c, Enrolment e where a.id = :assignmentId"
            + " and a.classroomId = c.id and e.classroomId = c.id and e.userId = :userId and e.removedAt is null"
            + " and c.archived = false")
    List<Object[]> forLearner(long assignmentId, long userId);

    @Query("select a, c.name from Assignment a, Classroom c where a.id = :assignmentId and a.classroomId = c.id")
    List<Object[]> withClassName(long assignmentId);

    Optional<Assignment> findByIdAndClassroomId(long id, long classroomId);
}
