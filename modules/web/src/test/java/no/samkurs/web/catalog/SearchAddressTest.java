package no.samkurs.web.catalog;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SearchAddressTest {

    private static SearchAddress sent(String... pairs) {
        Map<String, String[]> parameters = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            String[] before = parameters.getOrDefault(pairs[i], new String[0]);
            String[] after = java.util.Arrays.copyOf(before, before.length + 1);
            after[before.length] = pairs[i + 1];
            parameters.put(pairs[i], after);
        }
        return SearchAddress.of(parameters);
    }

    @Test
    void keepsTheSearchButNotThePageTheLanguageOrEmptyFields() {
        SearchAddress search = sent("q", "traume skole", "from", "", "topic", "trauma", "topic", "school",
                "page", "3", "lang", "nn");
        assertEquals("?q=traume+skole&topic=trauma&topic=school", search.page(1));
        assertEquals("?q=traume+skole&topic=trauma&topic=school&page=2", search.page(2));
        assertEquals(List.of("trauma", "school"), search.values("topic"));
        assertEquals("3", search.value("page"), "the page asked for is read, not written back");
    }

    @Test
    void anEmptySearchIsTheBareAddress() {
        assertEquals("", sent().page(1));
        assertEquals("?page=4", sent("q", " ").page(4));
    }

    @Test
    void lettersOutsideAsciiAreEncoded() {
        assertEquals("?q=r%C3%B8ros+%26+co", sent("q", "røros & co").page(1));
    }

    @Test
    void oneValueOfAFilterCanBeLeftOutAlsoFromACommaSeparatedList() {
        SearchAddress search = sent("county", "18,56", "kind", "webinar");
        assertEquals("?county=56&kind=webinar", search.without("county", "18").page(1));
        assertEquals("?county=18%2C56", search.without("kind", "webinar").page(1));
        assertEquals("?kind=webinar", search.without("county").page(1));
    }
}
