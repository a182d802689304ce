package io.kubequiz.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Blocks that cannot be used get a problem with their line; nothing in a file makes the parser throw. */
class GiftParserProblemsTest {

    @Test
    void eachBadBlockGetsItsReasonAndLine() {
        List<GiftBlock> blocks = GiftParserTest.parse("bad.gift").blocks();

        assertThat(blocks)
                .extracting(
                        GiftBlock::line,
                        GiftBlock::name,
                        b -> b.problem().key(),
                        b -> b.problem().args())
                .containsExactly(
                        tuple(3, "unclosed", "gift.problem.braceNotClosed", List.of()),
                        tuple(5, "essay", "gift.problem.essay", List.of()),
                        tuple(7, "description", "gift.problem.description", List.of()),
                        tuple(9, "no right answer", "gift.problem.noRightAnswer", List.of()),
                        tuple(11, "one pair", "gift.problem.matchingTooFewPairs", List.of()),
                        tuple(13, "ordering", "gift.problem.ordering", List.of()),
                        tuple(19, "closing first", "gift.problem.braceNotOpened", List.of()),
                        tuple(21, "nested", "gift.problem.braceNested", List.of()),
                        tuple(23, "two blocks", "gift.problem.severalAnswerBlocks", List.of()),
                        tuple(25, "not a number", "gift.problem.notANumber", List.of("three")),
                        tuple(27, "reversed", "gift.problem.rangeReversed", List.of("5..1")),
                        tuple(29, "bad weight", "gift.problem.invalidWeight", List.of("150%")),
                        tuple(31, "empty answer", "gift.problem.emptyAnswer", List.of()),
                        tuple(33, "one choice", "gift.problem.tooFewChoices", List.of()),
                        tuple(35, "arrow missing", "gift.problem.matchingArrowMissing", List.of("c")));
        assertThat(blocks).noneMatch(GiftBlock::readable);
    }

    @Test
    void garbageGivesProblemsNotExceptions() {
        List<GiftBlock> blocks = GiftParserTest.parse("garbage.gift").blocks();

        assertThat(blocks)
                .extracting(GiftBlock::line, GiftBlock::name, b -> b.problem().key())
                .containsExactly(
                        tuple(1, null, "gift.problem.braceNotOpened"),
                        tuple(3, null, "gift.problem.braceNotClosed"),
                        tuple(5, null, "gift.problem.emptyAnswer"));
    }

    @Test
    void emptyAndCommentOnlyTextsHaveNoBlocks() {
        assertThat(GiftParser.parse("").blocks()).isEmpty();
        assertThat(GiftParser.parse(null).blocks()).isEmpty();
        assertThat(GiftParser.parse("// only\n// comments\n\n\n$CATEGORY: x\n").blocks())
                .isEmpty();
    }

    @Test
    void randomTextNeverMakesTheParserOrTheImportThrow() {
        Random random = new Random(20260101);
        String alphabet = "{}~=#:%-> \\\n\n\t/$[]*.0123456789abcTF\u00e9\uFDD3";
        long usable = 0;
        for (int round = 0; round < 3000; round++) {
            StringBuilder text = new StringBuilder();
            // Half the rounds look like a question, so that the conversion is exercised too.
            boolean questionLike = round % 2 == 0;
            if (questionLike) {
                text.append("::q::Question {");
            }
            int length = random.nextInt(questionLike ? 30 : 120);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            if (questionLike) {
                text.append('}');
            }
            GiftDocument document = GiftParser.parse(text.toString());
            assertThat(document.blocks()).allMatch(b -> b.readable() != (b.problem() != null));
            List<GiftImportItem> items = GiftImporter.importAll(document, "fuzz");
            assertThat(items).allMatch(i -> i.usable() != (i.problem() != null));
            usable += items.stream().filter(GiftImportItem::usable).count();
            // The safety net for unexpected failures must not be what catches them here.
            assertThat(items)
                    .as(text.toString())
                    .noneMatch(i -> i.problem() != null
                            && List.of("gift.problem.unreadable", "gift.problem.invalid")
                                    .contains(i.problem().key()));
        }
        assertThat(usable).as("questions the random texts made").isGreaterThan(100);
    }
}
