package no.samkurs.web.calendar;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import no.samkurs.calendar.feed.boundary.Addresses;
import no.samkurs.calendar.feed.control.CalendarQuery;
import no.samkurs.calendar.feed.control.CalendarQuery.Scope;
import no.samkurs.calendar.feed.control.Calendars;
import no.samkurs.calendar.feed.control.Occurrence;
import no.samkurs.platform.security.Forwarded;
import no.samkurs.calendar.personal.control.FeedAddress;
import no.samkurs.catalog.offering.control.Readers;
import no.samkurs.catalog.offering.entity.Kind;
import no.samkurs.catalog.offering.entity.TargetGroup;
import no.samkurs.catalog.offering.entity.Topic;
import no.samkurs.platform.problem.RuleViolation;
import no.samkurs.web.layout.Gate;
import no.samkurs.web.layout.Language;
import no.samkurs.web.layout.NorwegianTime;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * {@code /kalender?visning=…&dato=…&fylke=…|region=…|tilbyder=…&tema=…&malgruppe=…&type=…}: the occurrences of
 * the chosen calendar in the view's days, as the signed-in person or a visitor may read them, and the subscribe
 * panel's feed addresses. An unknown county, region or provider is our 404 page; other values it cannot use are
 * explained at the top and left out.
 */
@Named("calendar")
@RequestScoped
public class CalendarPage {

    @Inject
    Calendars calendars;

    @Inject
    Readers readers;

    @Inject
    Scopes scopes;

    @Inject
    Language language;

    @Inject
    Gate gate;

    @Inject
    Forwarded tls;

    @Inject
    Addresses addresses;

    private CalendarAddress address;
    private LocalDate today;
    private String scopeName = "";
    private List<Day> days = List.of();
    private int count;
    private FeedAddress feed;

    /**
     * The view action: the calendar, once per request, before the page is rendered. Not one transaction: a refusal
     * from the calendar (an unknown county) would otherwise spoil it for the page.
     */
    public void load() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext context = faces.getExternalContext();
        today = LocalDate.now(NorwegianTime.OSLO);
        address = CalendarAddress.of(context.getRequestParameterValuesMap(), today);
        if (address.tidied() && !address.errors().contains(CalendarAddress.CHOICE)) {
            gate.redirect("/kalender" + address.query());
            return;
        }
        Optional<String> name = scopes.name(address.scope(), address.scopeId());
        if (name.isEmpty()) {
            gate.refuse(404);
            return;
        }
        scopeName = name.get();
        List<Occurrence> found;
        try {
            found = calendars.occurrences(address.calendarQuery(), readers.of(context.getUserPrincipal()));
        } catch (RuleViolation refused) {
            if (refused.kind() == RuleViolation.Kind.NOT_FOUND) {
                gate.refuse(404);
                return;
            }
            throw refused;
        }
        CalendarQuery query = address.calendarQuery();
        days = Days.of(query.from(), query.to(), YearMonth.from(address.date()), today, found, language.getLocale());
        count = (int) days.stream().filter(d -> address.view() != View.MONTH || d.inMonth())
                .mapToLong(d -> d.entries().size()).sum();
        if (address.scope() != Scope.ALL) {
            HttpServletRequest request = (HttpServletRequest) context.getRequest();
            feed = feedAddress(addresses.root(request), tls.overTls(request), address.feed());
        }
        ResourceBundle texts = Texts.in(language.getLocale());
        address.errors().forEach(field -> faces.addMessage(fieldId(field),
                new FacesMessage(FacesMessage.SEVERITY_ERROR, texts.getString("error." + field), null)));
    }

    /** The feed's two addresses under the site's public root, with the filters, as the calendar's API gives them. */
    static FeedAddress feedAddress(String root, boolean overTls, String feed) {
        int query = feed.indexOf('?');
        String filters = query < 0 ? "" : feed.substring(query);
        FeedAddress bare = FeedAddress.of(URI.create(root + "/"), overTls,
                feed.substring(1, query < 0 ? feed.length() : query));
        return new FeedAddress(bare.https() + filters, bare.webcal() + filters);
    }

    /** The element an error belongs to: the field, or the group of check boxes. */
    static String fieldId(String parameter) {
        return switch (parameter) {
            case "dato", "kalender" -> parameter;
            case "visning" -> "visninger";
            default -> "filter-" + parameter;
        };
    }

    public String getView() {
        return address.view().code();
    }

    public String getDate() {
        return address.date().toString();
    }

    public boolean isEverywhere() {
        return address.scope() == Scope.ALL;
    }

    public String getScopeName() {
        return scopeName;
    }

    /** The scope menu's value now: {@code fylke:46}, or {@code alle}. */
    public String getChoice() {
        return address.choice();
    }

    public List<Scopes.Choice> getCounties() {
        return scopes.counties();
    }

    public List<Scopes.Choice> getRegions() {
        return scopes.regions();
    }

    public List<Scopes.Choice> getProviders() {
        return scopes.providers();
    }

    public List<FilterGroup> getFilters() {
        Locale reader = language.getLocale();
        return List.of(FilterGroup.of("tema", Topic.class, address, reader),
                FilterGroup.of("malgruppe", TargetGroup.class, address, reader),
                FilterGroup.of("type", Kind.class, address, reader));
    }

    public int getFilterCount() {
        return address.filterCount();
    }

    /** The same calendar without the catalog's filters. */
    public String getUnfiltered() {
        return address.unfiltered().query();
    }

    /** The month's title, the week's number and days, or the list's first and last day, for the period heading. */
    public String getMonthTitle() {
        return Days.month(YearMonth.from(address.date()), language.getLocale());
    }

    public int getWeekNumber() {
        return days.isEmpty() ? 0 : Days.weeks(days).get(0).number();
    }

    public String getFirstDay() {
        return days.isEmpty() ? "" : Days.dayAndMonth(days.get(0).date(), language.getLocale());
    }

    public String getLastDay() {
        return days.isEmpty() ? "" : Days.label(days.get(days.size() - 1).date(), language.getLocale())
                .replaceFirst("^\\p{L}+ ", "");
    }

    public int getCount() {
        return count;
    }

    public List<Week> getWeeks() {
        return Days.weeks(days);
    }

    /** All seven days of the week view; only the days with occurrences in the list and on a phone's month. */
    public List<Day> getDays() {
        return days;
    }

    public List<Day> getBusyDays() {
        return days.stream().filter(d -> !d.isEmpty() && (address.view() != View.MONTH || d.inMonth())).toList();
    }

    /** Monday to Sunday, short and in full: "man." / "mandag". */
    public List<String[]> getWeekdays() {
        Locale reader = "en".equals(language.getTag()) ? Locale.UK : language.getLocale();
        return Arrays.stream(DayOfWeek.values()).map(d -> new String[]{d.getDisplayName(TextStyle.SHORT, reader),
                d.getDisplayName(TextStyle.FULL, reader)}).toList();
    }

    public String href(String view) {
        return address.query(View.of(view).orElse(View.MONTH), address.date());
    }

    public String getPreviousHref() {
        return address.query(address.view(), address.view().previous(address.date()));
    }

    public String getNextHref() {
        return address.query(address.view(), address.view().next(address.date()));
    }

    public String getTodayHref() {
        return address.query(address.view(), today);
    }

    /** Whether the period shown holds today: then "today" needs no link. */
    public boolean isShowingToday() {
        return days.stream().anyMatch(Day::today) && (address.view() != View.MONTH
                || YearMonth.from(address.date()).equals(YearMonth.from(today)));
    }

    public FeedAddress getFeed() {
        return feed;
    }
}
