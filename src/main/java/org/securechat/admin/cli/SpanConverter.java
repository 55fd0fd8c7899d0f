package org.securechat.admin.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A span of time as an option gives it, a whole number and a unit (90s, 30m, 2h, 7d), in seconds. */
final class SpanConverter implements ITypeConverter<Long> {
    private static final Pattern SPAN = Pattern.compile("([1-9][0-9]{0,8})([smhd])");

    @Override
    public Long convert(String value) {
        Matcher span = SPAN.matcher(value.toLowerCase(Locale.ROOT));
        if (!span.matches()) {
            throw new TypeConversionException("'" + value + "' is not a span of time such as 90s, 30m, 2h or 7d");
        }
        long count = Long.parseLong(span.group(1));
        return switch (span.group(2)) {
            case "s" -> count;
            case "m" -> count * 60;
            case "h" -> count * 3600;
            default -> count * 86_400;
        };
    }
}
