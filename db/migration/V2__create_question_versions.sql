-- Every version of every question ever loaded, so that an attempt can be graded and reviewed
-- against the exact content it showed, whatever the bank says today.
CREATE TABLE question_version (
    question_id VARCHAR(80)     NOT NULL,
    version     VARCHAR(16)     NOT NULL,
    content     VARCHAR(100000) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (question_id, version)
);
