/** Question banks: chapters, sections, objectives, questions, quizzes, and the grading of every question type. */
@org.springframework.modulith.ApplicationModule(displayName = "Content")
package io.kubequiz.content;
