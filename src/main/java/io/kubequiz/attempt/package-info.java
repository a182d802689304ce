/** Taking quizzes: starting, answering, finishing and reviewing attempts, and the quiz catalogue. */
@org.springframework.modulith.ApplicationModule(displayName = "Attempts")
package io.kubequiz.attempt;
