package io.kubequiz.dashboard;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Rows read in learner order (columns 1 to 3: learner id, username, display name), gathered one learner at a time and
 * given out when the next learner starts, or at the end with {@link #finish()}.
 */
abstract class LearnerRows {

    private long userId = -1;
    String username;
    String displayName;

    /** Takes one row; false once the rows given out were enough for the caller. */
    final boolean add(ResultSet rs) throws SQLException {
        long id = rs.getLong(1);
        if (id != userId) {
            if (!finish()) {
                return false;
            }
            userId = id;
            username = rs.getString(2);
            displayName = rs.getString(3);
            startLearner();
        }
        addRow(rs);
        return true;
    }

    /** Gives out the current learner's rows; false when the caller wants no more. */
    final boolean finish() {
        if (userId < 0) {
            return true;
        }
        long learner = userId;
        userId = -1;
        return giveOut(learner);
    }

    /** A new learner starts: forget the last one's figures. */
    abstract void startLearner();

    /** One row of the current learner. */
    abstract void addRow(ResultSet rs) throws SQLException;

    /** The learner's rows to the caller; false when it wants no more. */
    abstract boolean giveOut(long learnerId);
}
