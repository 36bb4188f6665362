package qc.alubot.telegram;

import java.util.ArrayList;
import java.util.List;

/**
 * Packs paragraphs into as few messages as fit Telegram's 4,096 characters, breaking only
 * between paragraphs; a single paragraph longer than a message is cut at a line, then a
 * sentence, then a word boundary, each piece keeping the paragraph's style.
 */
final class Splitter {

    /** Telegram refuses a message longer than this (counted after the HTML is parsed; we count the HTML, to be safe). */
    static final int TELEGRAM_MAX = 4096;
    private static final String SEPARATOR = "\n\n";

    private Splitter() {
    }

    static List<Part> split(List<Block> blocks, int max) {
        List<Part> parts = new ArrayList<>();
        List<Block> current = new ArrayList<>();
        int length = 0;
        for (Block block : pieces(blocks, max)) {
            int added = block.html().length() + (current.isEmpty() ? 0 : SEPARATOR.length());
            if (!current.isEmpty() && length + added > max) {
                parts.add(part(current));
                current = new ArrayList<>();
                added = block.html().length();
                length = 0;
            }
            current.add(block);
            length += added;
        }
        if (!current.isEmpty()) {
            parts.add(part(current));
        }
        return parts;
    }

    private static Part part(List<Block> blocks) {
        return new Part(String.join(SEPARATOR, blocks.stream().map(Block::html).toList()),
                String.join(SEPARATOR, blocks.stream().map(Block::text).toList()));
    }

    private static List<Block> pieces(List<Block> blocks, int max) {
        List<Block> pieces = new ArrayList<>();
        for (Block block : blocks) {
            cut(block, max, pieces);
        }
        return pieces;
    }

    /** Cuts a block whose HTML is too long at the last good boundary that fits, repeatedly. */
    private static void cut(Block block, int max, List<Block> into) {
        Block rest = block;
        while (rest.html().length() > max) {
            int at = boundary(rest, max);
            into.add(rest.withText(rest.text().substring(0, at).stripTrailing()));
            rest = rest.withText(rest.text().substring(at).stripLeading());
        }
        if (!rest.text().isBlank()) {
            into.add(rest);
        }
    }

    private static int boundary(Block block, int max) {
        String text = block.text();
        int fits = fitting(block, max);
        for (String mark : new String[] {"\n", ". ", " "}) {
            int at = text.lastIndexOf(mark, fits - mark.length());
            if (at > fits / 2) {
                return at + mark.length();
            }
        }
        return Character.isLowSurrogate(text.charAt(fits)) ? fits - 1 : fits;
    }

    /** How many characters of the text fit once escaped and wrapped. */
    private static int fitting(Block block, int max) {
        int low = 1;
        int high = block.text().length();
        while (low < high) {
            int mid = (low + high + 1) / 2;
            if (block.withText(block.text().substring(0, mid)).html().length() <= max) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }
}
