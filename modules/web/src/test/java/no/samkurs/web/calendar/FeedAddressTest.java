package no.samkurs.web.calendar;

import no.samkurs.calendar.personal.control.FeedAddress;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The subscribe panel's addresses: under the site's root, https behind the TLS proxy, filters in both forms. */
class FeedAddressTest {

    @Test
    void behindTheProxyTheWebFormIsHttps() {
        FeedAddress address = CalendarPage.feedAddress("http://samkurs.no", true,
                "/calendar/county/46.ics?topic=trauma&kind=webinar");
        assertEquals("https://samkurs.no/calendar/county/46.ics?topic=trauma&kind=webinar", address.https());
        assertEquals("webcal://samkurs.no/calendar/county/46.ics?topic=trauma&kind=webinar", address.webcal());
    }

    @Test
    void withoutTlsTheAddressIsAsAskedUnderTheContextPath() {
        FeedAddress address = CalendarPage.feedAddress("http://127.0.0.1:8080/app", false,
                "/calendar/region/sf-vestland.ics");
        assertEquals("http://127.0.0.1:8080/app/calendar/region/sf-vestland.ics", address.https());
        assertEquals("webcal://127.0.0.1:8080/app/calendar/region/sf-vestland.ics", address.webcal());
    }
}
