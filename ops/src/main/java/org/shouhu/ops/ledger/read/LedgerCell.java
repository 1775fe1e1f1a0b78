package org.shouhu.ops.ledger.read;

/**
 * One cell of a ledger line as the clerk sees it: its displayed text and whether Excel computed
 * it from a formula. The text is what the import checks and stores, so it is normalised here,
 * once, for both file formats: never null (a blank cell is ""), and stripped of surrounding
 * whitespace, including the full-width and no-break spaces that Chinese input methods and
 * copying from web pages leave around names and numbers.
 *
 * @param text    the cell's text, "" when blank
 * @param formula true when the cell holds a formula; {@code text} is then its last computed
 *                value, which the import may want to treat with suspicion (it is not typed in)
 */
public record LedgerCell(String text, boolean formula) {

    /** The cell of a gap or of a column beyond the end of a line. */
    static final LedgerCell BLANK = new LedgerCell("", false);

    public LedgerCell {
        text = text == null ? "" : strip(text);
    }

    private static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /** {@link Character#isWhitespace} misses the no-break spaces, {@link Character#isSpaceChar} the control characters (tab, newline). */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
