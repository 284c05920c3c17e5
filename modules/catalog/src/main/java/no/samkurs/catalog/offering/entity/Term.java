package no.samkurs.catalog.offering.entity;

import no.samkurs.platform.problem.RuleViolation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** One value of a fixed vocabulary: a stable code for the API and labels in bokmål, nynorsk and English. */
public interface Term {

    /** A term's code and its labels; bokmål answers any language other than nynorsk and English. */
    record Labels(String code, String nb, String nn, String en) {

        String in(Locale language) {
            return switch (language.getLanguage()) {
                case "nn" -> nn;
                case "en" -> en;
                default -> nb;
            };
        }
    }

    Labels labels();

    default String code() {
        return labels().code();
    }

    default String label(Locale language) {
        return labels().in(language);
    }

    /** The term with this code, or a 400 naming the field and the allowed codes. */
    static <T extends Enum<T> & Term> T parse(Class<T> vocabulary, String field, String code) {
        return Arrays.stream(vocabulary.getEnumConstants())
                .filter(t -> t.code().equals(code == null ? null : code.strip().toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> RuleViolation.notAllowed(field, String.valueOf(code), codes(vocabulary)));
    }

    static <T extends Enum<T> & Term> List<String> codes(Class<T> vocabulary) {
        return Arrays.stream(vocabulary.getEnumConstants()).map(Term::code).toList();
    }
}
