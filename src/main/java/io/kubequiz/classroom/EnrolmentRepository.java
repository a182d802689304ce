package io.kubequiz.classroom;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EnrolmentRepository extends JpaRepository<Enrolment, Enrolment.Key> {

    /** Active learners of a class: user id, username, display name, joined at. */
    @Query(
            value = "SELECT u.id, u.username, u.display_name, e.joined_at FROM enrolment e"
                    + " JOIN app_user u ON u.id = e.user_id"
                    + " WHERE e.classroom_id = :classroomId AND e.removed_at IS NULL ORDER BY u.display_name",
            nativeQuery = true)
    List<Object[]> learners(long classroomId);

    long countByClassroomIdAndRemovedAtIsNull(long classroomId);
}
