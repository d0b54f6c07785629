/**
 * The shared web frame: layout, admin start page, error pages, formatting of dates and amounts. Knows no module's
 * data, so the start page after login is the reports module's.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package no.hod.styringsregister.web;
