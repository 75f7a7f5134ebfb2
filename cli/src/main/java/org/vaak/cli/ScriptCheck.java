package org.vaak.cli;

import org.vaak.lexicons.Language;

/**
 * Decides early whether input text is in the expected script: fails when the first lines hold many
 * letters and none of the language's, so that text in the wrong script gets a message, not silent
 * pass-through.
 */
final class ScriptCheck {
    private static final int DECIDE_AFTER_LETTERS = 200;

    private final Language lang;
    private final String name;
    private long own;
    private long other;
    private boolean decided;

    ScriptCheck(Language lang, String name) {
        this.lang = lang;
        this.name = name;
    }

    boolean decided() {
        return decided;
    }

    void see(String line) {
        line.codePoints().filter(Character::isLetter).forEach(c -> {
            if (lang.inBlock(c)) {
                own++;
            } else {
                other++;
            }
        });
        if (own > 0) {
            decided = true;
        } else if (other >= DECIDE_AFTER_LETTERS) {
            fail();
        }
    }

    void finish() {
        if (!decided && own == 0 && other >= 20) {
            fail();
        }
        decided = true;
    }

    private void fail() {
        throw new Errors.UserError(name + ": no " + lang.displayName() + " letters in the input ("
                + other + " letters of other scripts); is the language right?");
    }
}
