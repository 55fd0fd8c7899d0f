package org.securechat.fuzz;

import org.junit.jupiter.api.Test;

/**
 * The input rules on each code point alone, and each surrogate alone: what fuzzing through JSON
 * reaches only by chance (a particular code point), checked for all 1,114,112 of them.
 */
class EveryCodePointTest {
    @Test
    void eachRuleAcceptsOnlyWhatItMay() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            InputRuleChecks.check(new String(Character.toChars(cp)));
        }
    }
}
