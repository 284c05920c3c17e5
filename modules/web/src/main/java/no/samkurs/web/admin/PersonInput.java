package no.samkurs.web.admin;

import no.samkurs.directory.people.entity.Person;

import no.samkurs.directory.people.entity.PersonRule;
import no.samkurs.directory.people.entity.Role;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an administrator typed into a person form, and what is wrong with it, all at once: each problem names its
 * field (the id on the page) and the text key. The rules on roles and home are the directory's ({@link PersonRule});
 * they become problems here only to be shown by their field.
 */
public class PersonInput {

    public record Problem(String field, String key) {
    }

    /** The form's field ids for the fields the directory's rules name. */
    static final Map<String, String> FIELDS = Map.of("roles", "roller", "municipality", "kommune",
            "organisation", "organisasjon", "active", "konto-knapp");

    // Enough to catch a slip of the finger; whether the address reaches anyone only a mail can tell.
    private static final Pattern EMAIL = Pattern.compile(Person.EMAIL_PATTERN);

    private String name;
    private String email;
    private String password;
    private List<String> roles = new ArrayList<>();
    private String municipality;
    private String organisation;

    public static Problem of(PersonRule rule) {
        return new Problem(FIELDS.get(rule.field()), "rule." + rule.name());
    }

    /** What a new account's name, e-mail and password lack. */
    public List<Problem> accountProblems() {
        List<Problem> problems = new ArrayList<>();
        if (blank(name)) {
            problems.add(new Problem("navn", "error.nameNeeded"));
        } else if (name.strip().length() > 200) {
            problems.add(new Problem("navn", "error.nameTooLong"));
        }
        if (blank(email)) {
            problems.add(new Problem("epost", "error.emailNeeded"));
        } else if (email.strip().length() > Person.EMAIL_MAX || !EMAIL.matcher(email.strip()).matches()) {
            problems.add(new Problem("epost", "error.emailInvalid"));
        }
        if (password == null || password.length() < 12 || password.length() > 200) {
            problems.add(new Problem("passord", "error.passwordLength"));
        }
        return problems;
    }

    /** The roles ticked; names that are no role are left out (the page offers only roles). */
    public Set<Role> chosenRoles() {
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        roles.forEach(name -> Role.ofName(name).ifPresent(chosen::add));
        return chosen;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }
}
