package no.samkurs.web.catalog;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.catalog.search.boundary.FeedElement;

/**
 * An offering's schema.org description for its page ({@code <script type="application/ld+json">}), the same
 * element the open feed holds, with the page as its address. Written so that no text in it can end the script
 * element: "<", ">" and "&" are JSON escapes, which mean the same to a JSON reader.
 */
final class JsonLd {

    /** One for all pages: thread-safe and costly to create. */
    private static final Jsonb JSONB = JsonbBuilder.create();

    private JsonLd() {
    }

    static String of(Offering offering, String pageUrl) {
        String element = JSONB.toJson(FeedElement.of(offering, pageUrl));
        return safe("{\"@context\":\"https://schema.org\"," + element.substring(1));
    }

    static String safe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
