package io.kubequiz.account;

/**
 * What registration needs of classes, implemented by the classroom module: a learner may give a class code when
 * registering. Declared here so that accounts do not depend on classes.
 */
public interface ClassCodes {

    boolean joinable(String code);

    /** Joins the class; false when the code stopped working since it was checked. */
    boolean join(long userId, String code);
}
