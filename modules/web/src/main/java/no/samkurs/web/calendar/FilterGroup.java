package no.samkurs.web.calendar;

import no.samkurs.catalog.offering.entity.Term;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One of the catalog's filters in the calendar's form: a group of check boxes named after its parameter
 * ({@code tema}, {@code malgruppe}, {@code type}), every term of the vocabulary in the vocabulary's order.
 */
public record FilterGroup(String name, List<Option> options, int chosen) {

    public record Option(String value, String label, boolean checked, String id) {
    }

    static <T extends Enum<T> & Term> FilterGroup of(String name, Class<T> vocabulary, CalendarAddress address,
                                                     Locale language) {
        List<Option> options = Arrays.stream(vocabulary.getEnumConstants())
                .map(t -> new Option(t.code(), t.label(language), address.chosen(t), "k-" + name + "-" + t.code()))
                .toList();
        return new FilterGroup(name, options, (int) options.stream().filter(Option::checked).count());
    }
}
