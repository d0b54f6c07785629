/**
 * The shared web frame: layout, start page, error pages, formatting of dates and amounts. Knows no module's data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package no.hod.styringsregister.web;
