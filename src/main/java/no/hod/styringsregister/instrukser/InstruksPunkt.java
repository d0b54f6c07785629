package no.hod.styringsregister.instrukser;

/**
 * One numbered section of an instruction version, as a citation shows it.
 *
 * @param instruksEtikett the version's name as the version lists give it ({@link InstruksVersjon#etikett()}): the
 *        title alone reads alike for every amendment of one instruction
 * @param lenke the address of the section in the reading view, e.g. {@code /instrukser/12#punkt-3-1}
 */
public record InstruksPunkt(long instruksId, String instruksTittel, String instruksEtikett, String nummer,
		String tittel, String tekst, String lenke) {
}
