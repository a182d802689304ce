package io.kubequiz.content;

/** The score of one answer, from 0 (nothing right) to 1 (full marks). */
public record Grade(double score) {

    private static final double EPSILON = 1e-9;

    public Grade {
        if (Double.isNaN(score) || score < -EPSILON || score > 1 + EPSILON) {
            throw new IllegalArgumentException("score out of [0, 1]: " + score);
        }
        score = Math.max(0, Math.min(1, Math.round(score * 1e6) / 1e6));
    }

    public static Grade of(double score) {
        return new Grade(Math.max(0, Math.min(1, score)));
    }

    public static final Grade ZERO = new Grade(0);
    public static final Grade FULL = new Grade(1);

    public boolean correct() {
        return score >= 1 - EPSILON;
    }

    public Outcome outcome() {
        if (correct()) {
            return Outcome.CORRECT;
        }
        return score > EPSILON ? Outcome.PARTIAL : Outcome.WRONG;
    }

    public enum Outcome {
        CORRECT,
        PARTIAL,
        WRONG
    }
}
