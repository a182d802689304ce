/** A learner's mastery per objective, their history, and what to review next; fed by attempt events. */
@org.springframework.modulith.ApplicationModule(displayName = "Progress")
package io.kubequiz.progress;
