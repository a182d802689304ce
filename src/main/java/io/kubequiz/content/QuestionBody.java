package io.kubequiz.content;

/** What differs between question types: the data a learner answers from, and how an answer is graded. */
public sealed interface QuestionBody
        permits ChoiceBody, TrueFalseBody, ShortTextBody, NumericBody, MatchingBody, OrderingBody {

    QuestionType type();

    /** Grades a non-blank answer. */
    Grade grade(Answer answer);

    /** An answer that gets full marks, shown to the learner after grading. */
    Answer modelAnswer();
}
