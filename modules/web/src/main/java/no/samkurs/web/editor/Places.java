package no.samkurs.web.editor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import no.samkurs.directory.region.control.Regions;

import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Counties and their municipalities by number and name, read from the directory once: reference data that the
 * form offers on every view, and that changes with a migration, not at run time.
 */
@ApplicationScoped
public class Places {

    public record Place(String number, String name) {
    }

    public record CountyPlaces(Place county, List<Place> municipalities) {
    }

    private static final Collator NORWEGIAN = Collator.getInstance(Locale.forLanguageTag("nb"));

    @Inject
    Regions regions;

    private volatile List<CountyPlaces> counties;

    @Transactional
    public List<CountyPlaces> counties() {
        if (counties == null) {
            Map<String, Place> byNumber = new LinkedHashMap<>();
            regions.counties().forEach(c -> byNumber.put(c.number(), new Place(c.number(), c.name())));
            counties = byNumber.values().stream().map(c -> new CountyPlaces(c, regions.municipalities(c.number(), null)
                    .stream().map(m -> new Place(m.number(), m.name()))
                    .sorted(Comparator.comparing(Place::name, NORWEGIAN)).toList())).toList();
        }
        return counties;
    }

    public String countyName(String number) {
        return counties().stream().map(CountyPlaces::county).filter(c -> c.number().equals(number))
                .map(Place::name).findFirst().orElse(number);
    }

    public String municipalityName(String number) {
        return counties().stream().flatMap(c -> c.municipalities().stream()).filter(m -> m.number().equals(number))
                .map(Place::name).findFirst().orElse(number);
    }
}
