package io.kubequiz.content;

/** One fault in a bank file, named by file and, where there is one, question (or quiz) id. */
public record BankProblem(String file, String id, String fault) {

    @Override
    public String toString() {
        return file + (id == null ? "" : " [" + id + "]") + ": " + fault;
    }
}
