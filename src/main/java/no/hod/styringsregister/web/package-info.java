/**
 * The shared web frame: layout, admin start page, error pages, formatting of dates and amounts, and what the exports
 * share (file names, CSV, workbooks). Knows no module's data, so the start page after login is the reports module's.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package no.hod.styringsregister.web;
