package no.samkurs.web.admin;

/**
 * One page of a long list: which page (from 1) of how many, whatever page number the address asked for.
 *
 * @param page  the page shown, from 1
 * @param pages how many pages there are, at least 1
 * @param size  how many a page holds
 */
public record Paging(int page, int pages, int size) {

    /** The page asked for, kept within the pages there are. */
    public static Paging of(int requested, long total, int size) {
        int pages = (int) Math.max(1, (total + size - 1) / size);
        return new Paging(Math.min(Math.max(requested, 1), pages), pages, size);
    }

    /** The page number in an address ("2"); the first for anything that is no page number. */
    public static int requested(String parameter) {
        try {
            return parameter == null ? 1 : Math.max(1, Integer.parseInt(parameter.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** Where the page starts in the whole list, from 0. */
    public static int first(int page, int size) {
        return (page - 1) * size;
    }

    public int first() {
        return first(page, size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }
}
