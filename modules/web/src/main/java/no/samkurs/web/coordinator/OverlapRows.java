package no.samkurs.web.coordinator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import no.samkurs.calendar.overlap.control.Candidate;
import no.samkurs.calendar.overlap.control.MarkedOverlap;
import no.samkurs.calendar.overlap.control.RegionOverlaps;
import no.samkurs.calendar.overlap.entity.Mark;
import no.samkurs.catalog.search.control.Indexing;
import no.samkurs.directory.organisation.control.Organisations;
import no.samkurs.directory.organisation.entity.Organisation;
import no.samkurs.directory.people.control.Accounts;
import no.samkurs.directory.people.entity.Person;
import no.samkurs.web.layout.NorwegianTime;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/** A region's overlaps as the page's rows, with the names of providers and markers read in one transaction. */
@ApplicationScoped
public class OverlapRows {

    /** How many of a side's dates the row names before "and n more". */
    static final int DATES_SHOWN = 6;

    @Inject
    Organisations organisations;

    @Inject
    Accounts accounts;

    @Inject
    Indexing indexing;

    @Transactional
    public List<PairRow> of(RegionOverlaps found, Locale language) {
        ResourceBundle texts = CoordinatorTexts.in(language);
        Map<String, String> names = new HashMap<>();
        List<PairRow> rows = new ArrayList<>();
        for (MarkedOverlap pair : found.pairs()) {
            rows.add(new PairRow(rows.size(), side(pair.overlap().first(), names, texts, language),
                    side(pair.overlap().second(), names, texts, language),
                    Reasons.summary(pair.overlap(), texts, language),
                    Reasons.of(pair.overlap(), texts, language, indexing::countyName),
                    pair.mark().map(m -> shown(m, language)).orElse(null)));
        }
        return rows;
    }

    private PairRow.Side side(Candidate offering, Map<String, String> names, ResourceBundle texts, Locale language) {
        String hosts = offering.hosts().stream()
                .map(id -> names.computeIfAbsent(id, i -> organisations.byId(i).map(Organisation::name).orElse(i)))
                .sorted().collect(Collectors.joining(", "));
        return new PairRow.Side(offering.id(), offering.title(), hosts, days(List.copyOf(offering.days()), texts,
                language));
    }

    static String days(List<LocalDate> days, ResourceBundle texts, Locale language) {
        String shown = days.stream().limit(DATES_SHOWN)
                .map(d -> NorwegianTime.shortDate(d.atTime(LocalTime.NOON).atZone(NorwegianTime.OSLO).toInstant(),
                        language))
                .collect(Collectors.joining(", "));
        return days.size() <= DATES_SHOWN ? shown : shown + " " + new MessageFormat(texts.getString("overlaps.more"),
                language).format(new Object[]{days.size() - DATES_SHOWN});
    }

    private PairRow.MarkShown shown(Mark mark, Locale language) {
        String by = accounts.byId(mark.markedBy()).map(Person::name).orElse("");
        return new PairRow.MarkShown(mark.state().code(), CoordinatorTexts.in(language)
                .getString("overlaps.state." + mark.state().code()), mark.note().orElse(null), by, mark.markedAt(),
                mark.version());
    }
}
