package no.hod.styringsregister.tildelingsbrev.internal.parsing;

/**
 * An authorisation from Vedlegg II (fullmakter).
 *
 * @param kind a short Norwegian label ({@code "Bestillingsfullmakt"}, {@code "Merinntektsfullmakt"}, ...)
 * @param text the authorisation as written, including post and ceiling where given
 */
public record AuthorizationDraft(String kind, String text) {
}
