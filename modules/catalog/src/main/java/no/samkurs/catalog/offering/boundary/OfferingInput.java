package no.samkurs.catalog.offering.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import no.samkurs.catalog.offering.entity.Contact;
import no.samkurs.catalog.offering.entity.Delivery;
import no.samkurs.catalog.offering.entity.Kind;
import no.samkurs.catalog.offering.entity.Link;
import no.samkurs.catalog.offering.entity.LinkKind;
import no.samkurs.catalog.offering.entity.OfferingDetails;
import no.samkurs.catalog.offering.entity.SessionDetails;
import no.samkurs.catalog.offering.entity.TargetGroup;
import no.samkurs.catalog.offering.entity.Term;
import no.samkurs.catalog.offering.entity.Topic;
import no.samkurs.catalog.offering.entity.Venue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** What an editor sends to create or change an offering. Times are Norwegian local time unless an offset is given. */
public record OfferingInput(
        @Size(max = 80, message = "Organisasjons-id kan være høyst 80 tegn.") String lead,
        Long version,
        @NotBlank(message = "Velg type: course, webinar, network eller e-learning.") String kind,
        @NotBlank(message = "Velg gjennomføring: digital, in-person eller hybrid.") String delivery,
        @NotBlank(message = "Tittel må fylles ut.") @Size(max = 200, message = "Tittelen kan være høyst 200 tegn.")
        String title,
        @NotBlank(message = "Skriv et kort sammendrag.")
        @Size(max = 500, message = "Sammendraget kan være høyst 500 tegn.") String summary,
        @Size(max = 20000, message = "Beskrivelsen kan være høyst 20 000 tegn.") String description,
        @NotEmpty(message = "Velg minst ett tema.") List<String> topics,
        @NotEmpty(message = "Velg minst én målgruppe.") List<String> targetGroups,
        Boolean national,
        List<@Pattern(regexp = "\\d{2}", message = "Fylkesnummer er to sifre, for eksempel 18.") String> counties,
        String language,
        @Min(value = 0, message = "Prisen kan ikke være negativ.")
        @Max(value = 1_000_000, message = "Prisen kan være høyst 1 000 000 kroner.") Integer priceNok,
        @Min(value = 1, message = "Antall plasser må være minst 1, eller stå tomt for ubegrenset.")
        @Max(value = 100_000, message = "Antall plasser kan være høyst 100 000.") Integer capacity,
        String enrollmentOpens,
        String enrollmentCloses,
        @Valid ContactInput contact,
        @Valid VenueInput venue,
        @Valid List<@NotNull(message = "Tom lenke.") LinkInput> links,
        @Valid @Size(max = 200, message = "Et tilbud kan ha høyst 200 økter.")
        List<@NotNull(message = "Tom økt.") SessionInput> sessions) {

    public record ContactInput(
            @Size(max = 200, message = "Navnet kan være høyst 200 tegn.") String name,
            @Email(message = "E-postadressen er ikke gyldig.")
            @Size(max = 254, message = "E-postadressen kan være høyst 254 tegn.") String email,
            @Size(max = 40, message = "Telefonnummeret kan være høyst 40 tegn.") String phone) {
    }

    public record VenueInput(
            @Size(max = 200, message = "Stedsnavnet kan være høyst 200 tegn.") String name,
            @Size(max = 300, message = "Adressen kan være høyst 300 tegn.") String address,
            @Pattern(regexp = "\\d{4}", message = "Kommunenummer er fire sifre, for eksempel 1804.")
            String municipality) {
    }

    public record LinkInput(
            String kind,
            @NotBlank(message = "Lenken trenger en tittel.") @Size(max = 200, message = "Tittelen kan være høyst 200 tegn.")
            String title,
            @NotBlank(message = "Lenken trenger en adresse.")
            @Pattern(regexp = "https?://\\S+", message = "Adressen må begynne med https:// eller http://.")
            @Size(max = 1000, message = "Adressen kan være høyst 1000 tegn.") String url) {
    }

    public record SessionInput(
            String id,
            @NotBlank(message = "Økten trenger starttid, for eksempel 2027-02-03T09:00.") String start,
            @NotBlank(message = "Økten trenger sluttid, for eksempel 2027-02-03T11:30.") String end,
            @Size(max = 200, message = "Tittelen kan være høyst 200 tegn.") String title,
            @Pattern(regexp = "https?://\\S+", message = "Lenken må begynne med https:// eller http://.")
            @Size(max = 1000, message = "Lenken kan være høyst 1000 tegn.") String joinUrl,
            @Size(max = 300, message = "Stedet kan være høyst 300 tegn.") String location) {
    }

    /** The details in the aggregate's terms; vocabulary codes and times are checked here, with the field named. */
    public OfferingDetails details() {
        Set<Topic> topicSet = EnumSet.noneOf(Topic.class);
        topics.forEach(t -> topicSet.add(Term.parse(Topic.class, "topics", t)));
        Set<TargetGroup> groups = EnumSet.noneOf(TargetGroup.class);
        targetGroups.forEach(t -> groups.add(Term.parse(TargetGroup.class, "targetGroups", t)));
        List<SessionDetails> sessionDetails = new ArrayList<>();
        List<SessionInput> given = sessions == null ? List.of() : sessions;
        for (int i = 0; i < given.size(); i++) {
            SessionInput s = given.get(i);
            sessionDetails.add(new SessionDetails(s.id(), OsloTime.parse("sessions[" + i + "].start", s.start()),
                    OsloTime.parse("sessions[" + i + "].end", s.end()), s.title(), s.joinUrl(), s.location()));
        }
        List<Link> linkList = links == null ? List.of() : links.stream().map(l -> new Link(
                l.kind() == null ? LinkKind.OTHER : Term.parse(LinkKind.class, "links.kind", l.kind()),
                l.title().strip(), l.url().strip())).toList();
        return new OfferingDetails(Term.parse(Kind.class, "kind", kind), Term.parse(Delivery.class, "delivery", delivery),
                title, summary, description, topicSet, groups, Boolean.TRUE.equals(national),
                counties == null ? Set.of() : new TreeSet<>(counties), language == null ? "nb" : language,
                priceNok == null ? 0 : priceNok, capacity,
                OsloTime.parseOptional("enrollmentOpens", enrollmentOpens),
                OsloTime.parseOptional("enrollmentCloses", enrollmentCloses),
                contact == null ? null : new Contact(contact.name(), contact.email(), contact.phone()),
                venue == null ? null : new Venue(venue.name(), venue.address(), venue.municipality()),
                linkList, sessionDetails);
    }
}
