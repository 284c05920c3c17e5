package no.samkurs.web.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.samkurs.calendar.feed.control.CalendarQuery.Scope;
import no.samkurs.directory.organisation.control.Organisations;
import no.samkurs.directory.organisation.entity.Organisation;
import no.samkurs.directory.organisation.entity.OrganisationType;
import no.samkurs.directory.region.control.Regions;
import no.samkurs.directory.region.entity.County;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whose calendar one may choose, from the directory: the counties, the regions (a statsforvalter office's counties,
 * named after the office) and the providers (every organisation that can host offerings), each by name.
 */
@ApplicationScoped
public class Scopes {

    /** One entry of the scope menu: its value there ({@code fylke:46}) and its name. */
    public record Choice(String value, String name) {
    }

    private static final Collator NORWEGIAN = Collator.getInstance(Locale.forLanguageTag("nb"));

    @Inject
    Regions regions;

    @Inject
    Organisations organisations;

    List<Choice> counties() {
        return sorted(regions.counties().stream().map(c -> new Choice("fylke:" + c.number(), c.name())).toList());
    }

    /** By the counties in the office's name, whether it is written in bokmål or nynorsk ("Statsforvaltaren i"). */
    List<Choice> regions() {
        return organisations.find(OrganisationType.STATSFORVALTER, null).stream()
                .map(o -> new Choice("region:" + o.id(), o.name()))
                .sorted(Comparator.comparing(c -> c.name().replaceFirst("^Statsforvalt[ae]ren i ", ""), NORWEGIAN))
                .toList();
    }

    List<Choice> providers() {
        return sorted(organisations.find(null, null).stream()
                .map(o -> new Choice("tilbyder:" + o.id(), o.name())).toList());
    }

    /** The scope's name for the heading, if the directory knows it. */
    Optional<String> name(Scope scope, String id) {
        return switch (scope) {
            case ALL -> Optional.of("");
            case COUNTY -> regions.county(id).map(County::name);
            case REGION -> organisations.byId(id).filter(o -> o.type() == OrganisationType.STATSFORVALTER)
                    .map(Organisation::name);
            case PROVIDER -> organisations.byId(id).map(Organisation::name);
        };
    }

    private static List<Choice> sorted(List<Choice> choices) {
        return choices.stream().sorted(Comparator.comparing(Choice::name, NORWEGIAN)).toList();
    }
}
