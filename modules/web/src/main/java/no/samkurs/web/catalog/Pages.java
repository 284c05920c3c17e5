package no.samkurs.web.catalog;

import java.util.ArrayList;
import java.util.List;

/** Which page numbers a list of pages links to: never all of a hundred, always the first, last and nearby ones. */
final class Pages {

    static final int GAP = 0;

    private Pages() {
    }

    /** The first, the last, and two on each side of the current page, with {@link #GAP} where numbers are left out. */
    static List<Integer> around(int current, int last) {
        List<Integer> numbers = new ArrayList<>();
        for (int page = 1; page <= last; page++) {
            if (page == 1 || page == last || Math.abs(page - current) <= 2) {
                if (!numbers.isEmpty() && numbers.get(numbers.size() - 1) != page - 1) {
                    numbers.add(GAP);
                }
                numbers.add(page);
            }
        }
        return numbers;
    }
}
