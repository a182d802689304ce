-- A learner's latest result on each question, kept up to date from attempt events.
CREATE TABLE progress_question_state (
    user_id          BIGINT      NOT NULL REFERENCES app_user (id),
    question_id      VARCHAR(80) NOT NULL,
    last_score       DOUBLE PRECISION NOT NULL,
    last_answered_at TIMESTAMP WITH TIME ZONE NOT NULL,
    answer_count     INT         NOT NULL,
    correct_count    INT         NOT NULL,
    PRIMARY KEY (user_id, question_id)
);
