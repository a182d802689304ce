/** Trainers' classes, join codes and enrolments. */
@org.springframework.modulith.ApplicationModule(displayName = "Classes")
package io.kubequiz.classroom;
