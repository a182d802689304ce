package io.kubequiz.interop;

import java.util.List;

/** A parsed GIFT file: every question block in file order (categories and comments are not blocks). */
public record GiftDocument(List<GiftBlock> blocks) {

    public GiftDocument {
        blocks = List.copyOf(blocks);
    }

    public List<GiftBlock> readable() {
        return blocks.stream().filter(GiftBlock::readable).toList();
    }

    public List<GiftBlock> problems() {
        return blocks.stream().filter(b -> !b.readable()).toList();
    }
}
