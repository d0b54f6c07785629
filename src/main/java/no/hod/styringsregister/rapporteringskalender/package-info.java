/**
 * The reporting calendar: the letters' dated deliveries and meetings, special reporting and assignment deadlines.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Rapporteringskalender")
package no.hod.styringsregister.rapporteringskalender;
