package no.samkurs.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.samkurs.directory.people.control.People;
import no.samkurs.directory.people.entity.Person;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** {@code /admin}: people found by part of their name or e-mail ({@code ?q=…&side=2}), a page at a time. */
@Named("adminPeople")
@RequestScoped
public class PeopleList {

    static final int SIZE = 20;

    @Inject
    People people;

    private String q;
    private String side;
    private People.Found found;
    private Paging paging;

    private void find() {
        if (found == null) {
            int requested = Paging.requested(side);
            found = people.find(q, Paging.first(requested, SIZE), SIZE);
            paging = Paging.of(requested, found.total(), SIZE);
            if (paging.page() != requested) {
                found = people.find(q, paging.first(), SIZE);
            }
        }
    }

    public List<Person> getPeople() {
        find();
        return found.people();
    }

    public long getTotal() {
        find();
        return found.total();
    }

    public Paging getPaging() {
        find();
        return paging;
    }

    /** The address of another page of the same search. */
    public String pageHref(int page) {
        String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        return context + "/admin?" + (q == null ? "" : "q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&")
                + "side=" + page;
    }

    public boolean isSearched() {
        return q != null && !q.isBlank();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q == null ? null : q.strip();
    }

    public String getSide() {
        return side;
    }

    public void setSide(String side) {
        this.side = side;
    }
}
