package no.hod.styringsregister.organisasjon;

/**
 * A department moved to another division of its agency, by hand or by an organisation import. Published in the
 * transaction that moves it, after the move, and heard in that transaction (plain, synchronous listeners): the module
 * that routes assignments moves those routed to the department along, so a failure there undoes the move as well.
 *
 * @param fraDivisjon the division it left, by its name then
 * @param tilDivisjon the division it is in now, by its name
 * @param grunn what moved it, for the history of what follows it: «import av organisasjonsbeskrivelsen «fil.txt»»
 */
public record AvdelingFlyttet(long avdelingId, String avdeling, long fraDivisjonId, String fraDivisjon,
		long tilDivisjonId, String tilDivisjon, String grunn) {
}
