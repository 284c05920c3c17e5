/**
 * What every page shares: the language a person reads in (chosen, remembered, bokmål by default), dates in
 * Norwegian form in Europe/Oslo, the menu that fits the person's roles, the door of pages that are not for
 * everyone ({@link no.samkurs.web.layout.Gate}), the check value that guards the plain forms of stateless pages
 * ({@link no.samkurs.web.layout.FormCheck}), and the template that puts them together.
 */
package no.samkurs.web.layout;
