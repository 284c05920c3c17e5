/**
 * The pages of every component in one layout: Jakarta Faces views (Facelets) server-rendered in bokmål, nynorsk
 * or English, readable without JavaScript, WCAG 2.1 AA. {@code layout} owns the frame every page shares (template,
 * language, dates, menu); each other package holds the pages of one area and talks to its component's control
 * classes directly, never through the REST API.
 */
package no.samkurs.web;
