package io.kubequiz.content;

/** The bank as shipped, loaded as the application loads it, for tests of other modules that need every question. */
public final class ShippedBank {

    private static QuestionBank bank;

    private ShippedBank() {}

    public static synchronized QuestionBank load() {
        if (bank == null) {
            bank = new BankLoader().load(new ContentConfiguration().bankSources("classpath*:content"));
        }
        return bank;
    }
}
