/**
 * Demo mode ({@code KUBEQUIZ_DEMO=true}): fills an empty database with a trainer, a class of learners, assignments
 * and realistic graded answers, through the other modules' own code.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package io.kubequiz.demo;
