/**
 * What every page shares: the language a person reads in (chosen, remembered, bokmål by default), dates in
 * Norwegian form in Europe/Oslo, the menu that fits the person's roles, the door of pages that are not for
 * everyone ({@link no.samkurs.web.layout.Gate}), and the template that puts them together.
 */
package no.samkurs.web.layout;
