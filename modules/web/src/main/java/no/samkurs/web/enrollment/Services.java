package no.samkurs.web.enrollment;

import no.samkurs.catalog.offering.entity.TargetGroup;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The services a person may say they work in: the catalog's target groups, named in the reader's language. A
 * person may write a service by its code ({@code school}) or by its name in any of our languages ({@code Skule}).
 */
final class Services {

    /** One choice of the list; {@code selected} when it is the one chosen for the person. */
    public record Choice(String code, String label, boolean selected) {
    }

    private Services() {
    }

    static List<Choice> choices(Locale language, String selected) {
        return Arrays.stream(TargetGroup.values())
                .map(t -> new Choice(t.code(), t.label(language), t.code().equals(selected))).toList();
    }

    /** The service's name in the language, or the code itself when it is not one of ours (null: none given). */
    static String label(String code, Locale language) {
        return code == null ? null : of(code).map(t -> t.label(language)).orElse(code);
    }

    /** The code of a service written by code or by name; an unknown value as written, for the rules to refuse. */
    static String code(String written) {
        if (written == null || written.isBlank()) {
            return null;
        }
        String text = written.strip();
        return of(text).map(TargetGroup::code).orElse(text);
    }

    private static Optional<TargetGroup> of(String text) {
        return Arrays.stream(TargetGroup.values()).filter(t -> t.code().equalsIgnoreCase(text)
                || Arrays.stream(new String[]{"nb", "nn", "en"}).anyMatch(tag -> t.label(Locale.forLanguageTag(tag))
                .equalsIgnoreCase(text))).findFirst();
    }

    /** The names of every service in the language, for a message that lists them. */
    static String names(Locale language) {
        return String.join(", ", Arrays.stream(TargetGroup.values()).map(t -> t.label(language)).toList());
    }
}
