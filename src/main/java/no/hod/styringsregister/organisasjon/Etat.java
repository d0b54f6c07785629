package no.hod.styringsregister.organisasjon;

/** An agency steered by the ministry (Helsedirektoratet, Statens helsetilsyn, ...). */
public record Etat(long id, String navn, String kortnavn) {
}
