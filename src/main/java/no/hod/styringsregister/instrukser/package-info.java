/**
 * Standing instructions (instrukser), versioned per agency, with their numbered sections.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Instrukser")
package no.hod.styringsregister.instrukser;
