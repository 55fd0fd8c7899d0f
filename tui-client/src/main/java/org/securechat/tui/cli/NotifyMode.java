package org.securechat.tui.cli;

import org.securechat.tui.ui.Notifier;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --notify}: a mode by its name in any case, with a readable refusal. */
final class NotifyMode implements ITypeConverter<Notifier.Mode> {
    @Override
    public Notifier.Mode convert(String value) {
        try {
            return Notifier.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("'" + value + "' is not one of auto, osc777, osc9, bell, off");
        }
    }
}
