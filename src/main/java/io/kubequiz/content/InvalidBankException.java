package io.kubequiz.content;

import java.util.List;
import java.util.stream.Collectors;

/** The bank has faults; the application must not start on it. The message lists each file, id and fault. */
public class InvalidBankException extends RuntimeException {

    private final transient List<BankProblem> problems;

    public InvalidBankException(List<BankProblem> problems) {
        super("The question bank has " + problems.size() + " fault(s):\n"
                + problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<BankProblem> problems() {
        return problems;
    }
}
