/**
 * Appropriations (bevilgninger): budget lines per chapter and post, and the authorisations (fullmakter) of a year.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Bevilgninger")
package no.hod.styringsregister.bevilgninger;
