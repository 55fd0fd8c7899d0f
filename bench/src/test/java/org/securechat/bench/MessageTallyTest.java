package org.securechat.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The soak's "nothing lost" rests on tallies telling a lost, duplicated or swapped message apart. */
class MessageTallyTest {

    private static MessageTally of(long... ids) {
        MessageTally tally = new MessageTally();
        for (long id : ids) {
            tally.add(id);
        }
        return tally;
    }

    @Test
    void theSameMessagesInAnotherOrderTallyTheSame() {
        assertTrue(of(1, 2, 3, 1000).sameAs(of(1000, 3, 1, 2)));
        MessageTally joined = of(1, 2);
        joined.addAll(of(3, 1000));
        assertTrue(joined.sameAs(of(1, 2, 3, 1000)));
    }

    @Test
    void aLostADuplicatedOrASwappedMessageShows() {
        MessageTally sent = of(1, 2, 3, 4);
        assertFalse(sent.sameAs(of(1, 2, 3)), "lost");
        assertFalse(sent.sameAs(of(1, 2, 3, 4, 4)), "duplicated");
        assertFalse(sent.sameAs(of(1, 2, 3, 5)), "another in its place");
        // ids whose plain sums agree: 1 + 4 = 2 + 3
        assertFalse(of(1, 4).sameAs(of(2, 3)), "same count, same plain sum");
    }
}
