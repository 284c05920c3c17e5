package no.samkurs.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import no.samkurs.directory.people.entity.Person;
import no.samkurs.notification.preference.control.Preferences;

/**
 * "Min side"'s choice of reminders before one's sessions, kept by the notification component. The form is the
 * page's own (a Faces form, guarded by the view state like the language form); a checkbox sends nothing when it is
 * not ticked, so its absence turns reminders off.
 */
@Named
@RequestScoped
public class MyReminders {

    static final String FIELD = "paminnelser";

    @Inject
    Preferences preferences;

    @Inject
    MyPage myPage;

    private Boolean on;

    public boolean isOn() {
        if (on == null) {
            on = myPage.person().map(p -> preferences.reminders(p.id())).orElse(true);
        }
        return on;
    }

    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        String personId = myPage.person().filter(Person::isActive).map(Person::id).orElse(null);
        if (personId == null) {
            return;
        }
        preferences.remind(personId, "ja".equals(external.getRequestParameterMap().get(FIELD)));
        external.setResponseStatus(HttpServletResponse.SC_SEE_OTHER);
        external.setResponseHeader("Location", external.getRequestContextPath() + MyPage.PATH + "?lagret=" + FIELD
                + "#" + FIELD + "-overskrift");
        faces.responseComplete();
    }

    public boolean isSaved() {
        return FIELD.equals(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                .get("lagret"));
    }
}
