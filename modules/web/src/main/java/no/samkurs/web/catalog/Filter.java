package no.samkurs.web.catalog;

import java.util.List;

/**
 * One filter of the search as the page shows it: a group of check boxes named after the search parameter, each
 * with the number of offerings it would give together with the other filters.
 */
public record Filter(String dimension, List<Choice> choices, int chosen) {

    /** One value: its code, its label in the reader's language, its count and whether it is chosen now. */
    public record Choice(String value, String label, int count, boolean checked, String id) {
    }

    /** Open when something in it is chosen, so a reader sees at once what narrows the search. */
    public boolean open() {
        return chosen > 0;
    }

    public boolean isEmpty() {
        return choices.isEmpty();
    }
}
