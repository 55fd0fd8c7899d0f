package org.securechat.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.securechat.chat.ChatError;
import org.securechat.chat.Inbound;
import org.securechat.chat.Requests;
import org.securechat.protocol.FrameCodec;

/**
 * Any frame a client sends, bound to the fields of every op (the records of {@link Requests}, which
 * {@code OpTable} names): each binding returns the record or refuses it as BAD_REQUEST, and every
 * value bound goes through each input rule the handlers apply ({@link InputRuleChecks}).
 */
class FieldBindingFuzzTest {
    /** In a fixed order, so that a run replays the same bindings. */
    private static final List<Class<?>> OP_FIELDS = Arrays.stream(Requests.class.getDeclaredClasses())
            .filter(Class::isRecord)
            .sorted(Comparator.comparing(Class::getName))
            .toList();

    private final FrameCodec codec = new FrameCodec();

    @Fuzz
    void binds(byte[] line) throws ReflectiveOperationException {
        Inbound frame;
        try {
            frame = codec.decode(line, 0, line.length);
        } catch (ChatError notAFrame) {
            return; // FrameDecoderFuzzTest's concern
        }
        for (Class<?> type : OP_FIELDS) {
            Object fields;
            try {
                fields = frame.fields(type);
            } catch (ChatError refused) {
                assertEquals(ChatError.Reason.BAD_REQUEST, refused.reason(), refused::getMessage);
                continue;
            }
            assertInstanceOf(type, fields);
            for (RecordComponent field : type.getRecordComponents()) {
                InputRuleChecks.check(field.getAccessor().invoke(fields));
            }
        }
    }
}
