package no.samkurs.catalog.search.boundary;

import jakarta.json.bind.annotation.JsonbProperty;
import no.samkurs.catalog.offering.entity.Host;

/** The schema.org things a {@link FeedElement} is made of, each with its JSON-LD {@code @type}. */
public final class SchemaOrg {

    private SchemaOrg() {
    }

    public record DefinedTerm(@JsonbProperty("@type") String type, String name) {

        static DefinedTerm named(String name) {
            return new DefinedTerm("DefinedTerm", name);
        }
    }

    public record Audience(@JsonbProperty("@type") String type, String audienceType) {
    }

    public record Organization(@JsonbProperty("@type") String type, String identifier, String name) {

        static Organization of(Host host) {
            return new Organization("Organization", host.id(), host.name());
        }
    }

    public record Offer(@JsonbProperty("@type") String type, String price, String priceCurrency, String url,
                        String availability, String validFrom, String validThrough) {
    }

    /** A {@code Place} with its address, or a {@code VirtualLocation} with only a url. */
    public record Location(@JsonbProperty("@type") String type, String name, PostalAddress address, String url) {
    }

    public record PostalAddress(@JsonbProperty("@type") String type, String streetAddress, String addressCountry) {
    }

    /** One session of a course, or the one self-paced instance of an e-learning course without sessions. */
    public record CourseInstance(@JsonbProperty("@type") String type, String name, String courseMode,
                                 String courseWorkload, String startDate, String endDate, String eventStatus,
                                 Location location) {
    }
}
