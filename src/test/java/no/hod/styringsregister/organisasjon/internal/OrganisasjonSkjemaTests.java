package no.hod.styringsregister.organisasjon.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

import no.hod.styringsregister.organisasjon.Departementsavdeling;
import no.hod.styringsregister.organisasjon.Enhet;
import no.hod.styringsregister.organisasjon.OrganisasjonService;
import no.hod.styringsregister.testsupport.IntegrationTest;

/**
 * The admin's organisation forms refused: the page has several forms with the same field names, so a refusal is told
 * in the form that was sent, beside its field, and that form takes the focus; and a name is at most 200 characters.
 * Each test uses an agency of its own.
 */
@IntegrationTest
@AutoConfigureMockMvc
class OrganisasjonSkjemaTests {

	private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

	private static final String FOR_LANGT = "Navnet kan være høyst 200 tegn.";

	@Autowired
	OrganisasjonTre tre;

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisasjonService organisasjon;

	@Test
	void aRefusedAddFormIsToldInThatFormBesideItsFieldAndTakesTheFocus() throws Exception {
		long etat = newAgency();
		mvc.perform(post("/admin/organisasjon/divisjon").with(ADMIN).with(csrf()).param("etatId", "" + etat)
			.param("navn", "Divisjon alfa")).andExpect(status().is3xxRedirection());
		long divisjon = organisasjon.divisjoner(etat).get(0).id();
		mvc.perform(post("/admin/organisasjon/avdeling").with(ADMIN).with(csrf()).param("divisjonId", "" + divisjon)
			.param("navn", "Global helse")).andExpect(status().is3xxRedirection());

		String side = refused(post("/admin/organisasjon/avdeling").param("divisjonId", "" + divisjon)
			.param("navn", "Global helse").param("leder", "Kari Nordmann"));
		String melding = "Det finnes allerede en enhet som heter «Global helse» på dette nivået.";
		assertThat(tag(side, "input", "avd-navn")).contains("aria-invalid=\"true\"",
				"aria-describedby=\"avd-navn-feil\"", "value=\"Global helse\"");
		assertThat(side).contains("<p class=\"feltfeil\" id=\"avd-navn-feil\">" + melding + "</p>");
		// The summary in the form that failed takes the focus and links to the field; nothing said above the page.
		assertThat(tag(side, "div", "ny-avdeling-feil")).contains("role=\"alert\"", "tabindex=\"-1\"", "autofocus");
		assertThat(side).contains("<a href=\"#avd-navn\">" + melding + "</a>");
		assertThat(side.indexOf("id=\"ny-avdeling-feil\"")).isGreaterThan(side.indexOf("id=\"ny-avdeling\""));
		assertThat(side.split(Pattern.quote(melding), -1)).as("told in the summary and at the field, once each")
			.hasSize(3);
		// The other forms, with fields of the same names, are left unmarked.
		assertThat(tag(side, "input", "div-navn")).doesNotContain("aria-invalid");
		assertThat(tag(side, "input", "etat-navn")).doesNotContain("aria-invalid");
		assertThat(side).doesNotContain("id=\"ny-divisjon-feil\"", "id=\"ny-etat-feil\"");
		assertThat(organisasjon.avdelinger(divisjon)).extracting(Enhet::navn).containsExactly("Global helse");

		// The agency form: its own field, in its own form.
		String navn = organisasjon.etater().stream().filter(e -> e.id() == etat).findFirst().orElseThrow().navn();
		String etatSide = refused(post("/admin/organisasjon/etat").param("navn", navn).param("kortnavn", "OE"));
		assertThat(tag(etatSide, "input", "etat-navn")).contains("aria-invalid=\"true\"",
				"aria-describedby=\"etat-navn-feil\"");
		assertThat(tag(etatSide, "div", "ny-etat-feil")).contains("autofocus");
		assertThat(tag(etatSide, "input", "avd-navn")).doesNotContain("aria-invalid");
	}

	@Test
	void aMinistryDepartmentRefusedIsToldBesideTheFieldOfTheFormOrRowSent() throws Exception {
		String code = "S" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
		String ny = refused(post("/admin/organisasjon/departementsavdelinger").param("kode", code)
			.param("navn", "Skjemaavdelingen").param("gyldigFra", "2025-03-15").param("gyldigTil", "2025-01-01"));
		assertThat(tag(ny, "input", "gyldigTil")).contains("aria-invalid=\"true\"",
				"aria-describedby=\"gyldigTil-feil\"");
		assertThat(ny).contains("<p class=\"feltfeil\" id=\"gyldigTil-feil\">«Gyldig til» kan ikke være før «Gyldig "
				+ "fra».</p>");
		assertThat(tag(ny, "div", "depavd-ny-feil")).contains("autofocus");
		assertThat(organisasjon.departementsavdeling(code, LocalDate.of(2025, 3, 20))).isEmpty();

		long fha = organisasjon.departementsavdelinger().stream().filter(d -> d.kode().equals("FHA")).findFirst()
			.orElseThrow().id();
		String rad = refused(post("/admin/organisasjon/departementsavdelinger/" + fha).param("navn", "x".repeat(201)));
		assertThat(tag(rad, "input", "depavd-" + fha + "-navn")).contains("aria-invalid=\"true\"",
				"aria-describedby=\"depavd-" + fha + "-navn-feil\"", "autofocus");
		assertThat(rad).contains("<p class=\"feltfeil\" id=\"depavd-" + fha + "-navn-feil\">" + FOR_LANGT + "</p>");
		assertThat(tag(rad, "input", "navn")).doesNotContain("aria-invalid");
		assertThat(organisasjon.departementsavdeling("FHA", LocalDate.of(2025, 3, 1))).map(Departementsavdeling::navn)
			.contains("Folkehelseavdelingen");
	}

	@Test
	void aNameLongerThan200CharactersIsRefusedBesideTheFieldAndNothingIsSaved() throws Exception {
		long etat = newAgency();
		String lang = "Avdeling " + "x".repeat(191);
		assertThat(lang).hasSize(200);
		mvc.perform(post("/admin/organisasjon/divisjon").with(ADMIN).with(csrf()).param("etatId", "" + etat)
			.param("navn", "Divisjon alfa")).andExpect(status().is3xxRedirection());
		long divisjon = organisasjon.divisjoner(etat).get(0).id();

		String avdeling = refused(post("/admin/organisasjon/avdeling").param("divisjonId", "" + divisjon)
			.param("navn", lang + "y"));
		assertThat(avdeling).contains("<p class=\"feltfeil\" id=\"avd-navn-feil\">" + FOR_LANGT + "</p>");
		assertThat(tag(avdeling, "input", "avd-navn")).contains("aria-invalid=\"true\"", "maxlength=\"200\"");
		assertThat(organisasjon.avdelinger(divisjon)).isEmpty();
		String div = refused(post("/admin/organisasjon/divisjon").param("etatId", "" + etat).param("navn", "d".repeat(600)));
		assertThat(div).contains("<p class=\"feltfeil\" id=\"div-navn-feil\">" + FOR_LANGT + "</p>");
		assertThat(organisasjon.divisjoner(etat)).extracting(Enhet::navn).containsExactly("Divisjon alfa");

		// 200 characters, counted as stored (trimmed), are let through.
		mvc.perform(post("/admin/organisasjon/avdeling").with(ADMIN).with(csrf()).param("divisjonId", "" + divisjon)
			.param("navn", "  " + lang + "  ")).andExpect(status().is3xxRedirection());
		Enhet avd = organisasjon.avdelinger(divisjon).get(0);
		assertThat(avd.navn()).isEqualTo(lang);

		// Renamed on the unit's form: refused beside the name, the name and its history as they were.
		String skjema = refused(post("/admin/organisasjon/enhet/" + avd.id()).param("versjon", versjon(avd.id())
			).param("navn", "z".repeat(5000)));
		assertThat(skjema).contains("<p class=\"feltfeil\" id=\"navn-feil\">" + FOR_LANGT + "</p>");
		assertThat(tag(skjema, "input", "navn")).contains("aria-invalid=\"true\"", "aria-describedby=\"navn-feil\"",
				"maxlength=\"200\"");
		assertThat(organisasjon.enhet(avd.id()).orElseThrow().navn()).isEqualTo(lang);
		assertThat(organisasjon.tidligereNavn(avd.id())).isEmpty();
	}

	/**
	 * A name of combining marks only showed as a lone «´»; a name of digits only was refused for an agency but taken
	 * for a division and a department. One rule now for every name, in the add forms and the unit form alike.
	 */
	@Test
	void aNameNeedsALetterOrDigitAndMayNotBeDigitsOnlyForAgencyDivisionAndDepartment() throws Exception {
		long etat = newAgency();
		mvc.perform(post("/admin/organisasjon/divisjon").with(ADMIN).with(csrf()).param("etatId", "" + etat)
			.param("navn", "Divisjon beta")).andExpect(status().is3xxRedirection());
		Enhet divisjon = organisasjon.divisjoner(etat).get(0);
		String[][] saker = { { "\u0301\u0301", "Navnet må ha minst én bokstav eller ett siffer." },
				{ " \u0301 - ", "Navnet må ha minst én bokstav eller ett siffer." },
				{ "99999999999999999999", "Navnet kan ikke bare være tall. Skriv navnet med bokstaver." },
				{ "2025 – 2026", "Navnet kan ikke bare være tall. Skriv navnet med bokstaver." } };
		for (String[] sak : saker) {
			String etatSide = refused(post("/admin/organisasjon/etat").param("navn", sak[0]));
			assertThat(etatSide).as("etat " + sak[0])
				.contains("<p class=\"feltfeil\" id=\"etat-navn-feil\">" + sak[1] + "</p>");
			String divSide = refused(post("/admin/organisasjon/divisjon").param("etatId", "" + etat)
				.param("navn", sak[0]));
			assertThat(divSide).as("divisjon " + sak[0])
				.contains("<p class=\"feltfeil\" id=\"div-navn-feil\">" + sak[1] + "</p>");
			String avdSide = refused(post("/admin/organisasjon/avdeling").param("divisjonId", "" + divisjon.id())
				.param("navn", sak[0]));
			assertThat(avdSide).as("avdeling " + sak[0])
				.contains("<p class=\"feltfeil\" id=\"avd-navn-feil\">" + sak[1] + "</p>");
			String skjema = refused(post("/admin/organisasjon/enhet/" + divisjon.id())
				.param("versjon", versjon(divisjon.id())).param("navn", sak[0]));
			assertThat(skjema).as("enhetsskjema " + sak[0])
				.contains("<p class=\"feltfeil\" id=\"navn-feil\">" + sak[1] + "</p>");
		}
		assertThat(organisasjon.etater()).extracting(e -> e.navn()).doesNotContain(saker[0][0], saker[2][0]);
		assertThat(organisasjon.divisjoner(etat)).extracting(Enhet::navn).containsExactly("Divisjon beta");
		assertThat(organisasjon.avdelinger(divisjon.id())).isEmpty();

		// A name in another script, or with a digit among its letters, is a name.
		for (String navn : new String[] { "Відділ " + UUID.randomUUID().toString().substring(0, 4), "Avdeling 2" }) {
			mvc.perform(post("/admin/organisasjon/avdeling").with(ADMIN).with(csrf())
				.param("divisjonId", "" + divisjon.id()).param("navn", navn)).andExpect(status().is3xxRedirection());
		}
		assertThat(organisasjon.avdelinger(divisjon.id())).hasSize(2);
	}

	@Test
	void theMinistryDepartmentsStackOnAPhoneWithTheirNameFieldsLimited() throws Exception {
		String side = mvc.perform(get("/admin/organisasjon/departementsavdelinger").with(ADMIN))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(tag(side, "table", null)).contains("stabel");
		assertThat(tag(side, "input", "navn")).contains("maxlength=\"200\"");
	}

	/**
	 * The register finds agencies by number, name or short name, the first that fits: a new agency may not take
	 * another's name or short name, in any case, nor be a number; and its short name is at most 40 characters.
	 */
	@Test
	void aNewAgencyMayNotTakeAnotherAgencysNameOrShortNameNorBeANumber() throws Exception {
		String navn = "Skjemaetat " + UUID.randomUUID().toString().substring(0, 8);
		String kort = "Se" + UUID.randomUUID().toString().substring(0, 6);
		String[][] saker = { { "HELSEDIREKTORATET", null, "etat-navn", "Etaten «Helsedirektoratet» finnes allerede." },
				{ "hdir", null, "etat-navn", "«Hdir» er allerede kortnavnet til «Helsedirektoratet»." },
				{ navn, "HDIR", "etat-kortnavn", "«Hdir» er allerede kortnavnet til «Helsedirektoratet»." },
				{ navn, "helsedirektoratet", "etat-kortnavn", "Etaten «Helsedirektoratet» finnes allerede." },
				{ navn, " 2 ", "etat-kortnavn", "Kortnavnet kan ikke bare være tall: registeret finner også etater på "
						+ "nummer." },
				{ "2025", null, "etat-navn", "Navnet kan ikke bare være tall. Skriv navnet med bokstaver." },
				{ navn, "K".repeat(10_004), "etat-kortnavn", "Kortnavnet kan være høyst 40 tegn." } };
		for (String[] sak : saker) {
			String side = refused(post("/admin/organisasjon/etat").param("navn", sak[0]).param("kortnavn",
					sak[1] == null ? "" : sak[1]));
			assertThat(side).as(sak[0] + " / " + sak[1])
				.contains("<p class=\"feltfeil\" id=\"" + sak[2] + "-feil\">" + sak[3] + "</p>");
			assertThat(tag(side, "input", sak[2])).contains("aria-invalid=\"true\"");
		}
		assertThat(organisasjon.etater()).extracting(e -> e.navn()).doesNotContain(navn, "2025");
		assertThat(tag(refused(post("/admin/organisasjon/etat").param("navn", "")), "input", "etat-kortnavn"))
			.contains("maxlength=\"40\"");

		// A name and short name of its own are let through; then neither may be taken by the next.
		mvc.perform(post("/admin/organisasjon/etat").param("navn", navn).param("kortnavn", " " + kort + " ")
			.with(ADMIN).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(organisasjon.etat(kort.toUpperCase())).map(e -> e.navn()).contains(navn);
		String tatt = refused(post("/admin/organisasjon/etat").param("navn", kort.toLowerCase()).param("kortnavn",
				navn.toUpperCase()));
		assertThat(tatt).contains(
				"<p class=\"feltfeil\" id=\"etat-navn-feil\">«" + kort + "» er allerede kortnavnet til «" + navn + "».</p>",
				"<p class=\"feltfeil\" id=\"etat-kortnavn-feil\">Etaten «" + navn + "» finnes allerede.</p>");
	}

	/** Every text of the organisation forms has a limit, told beside its field; the inputs carry it as maxlength. */
	@Test
	void everyTextOfTheFormsHasALimitToldBesideItsField() throws Exception {
		String kode = refused(post("/admin/organisasjon/departementsavdelinger").param("kode", "K".repeat(10_004))
			.param("navn", "Kodeavdelingen"));
		assertThat(kode).contains("<p class=\"feltfeil\" id=\"kode-feil\">Koden kan være høyst 10 tegn.</p>");
		assertThat(tag(kode, "input", "kode")).contains("maxlength=\"10\"", "aria-invalid=\"true\"");
		assertThat(organisasjon.departementsavdelinger()).extracting(Departementsavdeling::navn)
			.doesNotContain("Kodeavdelingen");

		long etat = newAgency();
		mvc.perform(post("/admin/organisasjon/divisjon").with(ADMIN).with(csrf()).param("etatId", "" + etat)
			.param("navn", "Divisjon grenser")).andExpect(status().is3xxRedirection());
		long divisjon = organisasjon.divisjoner(etat).get(0).id();
		String ny = refused(post("/admin/organisasjon/avdeling").param("divisjonId", "" + divisjon)
			.param("navn", "Avdeling grenser").param("leder", "L".repeat(201)).param("lederTittel", "T".repeat(201)));
		assertThat(ny).contains("<p class=\"feltfeil\" id=\"avd-leder-feil\">Lederens navn kan være høyst 200 tegn.</p>",
				"<p class=\"feltfeil\" id=\"avd-tittel-feil\">Ledertittelen kan være høyst 200 tegn.</p>");
		assertThat(tag(ny, "input", "avd-leder")).contains("maxlength=\"200\"");
		assertThat(organisasjon.avdelinger(divisjon)).isEmpty();

		String skjema = refused(post("/admin/organisasjon/enhet/" + divisjon).param("versjon", versjon(divisjon))
			.param("navn", "Divisjon grenser")
			.param("malgrupper", "M".repeat(2001)).param("samarbeidspartnere", "S".repeat(2001))
			.param("beskrivelse", "B".repeat(20_001)).param("oppgaver", ("O".repeat(999) + "\r\n").repeat(21)));
		assertThat(skjema).contains(
				"<p class=\"feltfeil\" id=\"malgrupper-feil\">Målgruppene kan være høyst 2000 tegn.</p>",
				"<p class=\"feltfeil\" id=\"samarbeidspartnere-feil\">Samarbeidspartnerne kan være høyst 2000 tegn.</p>",
				"<p class=\"feltfeil\" id=\"beskrivelse-feil\">Beskrivelsen kan være høyst 20 000 tegn.</p>",
				"<p class=\"feltfeil\" id=\"oppgaver-feil\">Oppgavene kan være høyst 20 000 tegn.</p>");
		assertThat(tag(skjema, "textarea", "beskrivelse")).contains("maxlength=\"20000\"", "aria-invalid=\"true\"");
		assertThat(tag(skjema, "textarea", "oppgaver")).contains("aria-describedby=\"oppgaver-feil oppgaver-hjelp\"");
		assertThat(tag(skjema, "input", "malgrupper")).contains("maxlength=\"2000\"");
		assertThat(organisasjon.enhet(divisjon).orElseThrow().navn()).isEqualTo("Divisjon grenser");
		// At the limits, saved.
		mvc.perform(post("/admin/organisasjon/enhet/" + divisjon).param("versjon", versjon(divisjon))
			.with(ADMIN).with(csrf()).param("navn", "Divisjon grenser")
			.param("beskrivelse", "B".repeat(20_000)).param("oppgaver", ("O".repeat(999) + "\r\n").repeat(20)))
			.andExpect(status().is3xxRedirection());
	}

	/** A date that is none is told beside its field with what was typed, the form as it was sent. */
	@Test
	void aMinistryDepartmentsDateThatIsNoDateIsToldBesideItsField() throws Exception {
		String code = "D" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
		for (String dato : new String[] { "2025-02-30", "abc" }) {
			String side = refused(post("/admin/organisasjon/departementsavdelinger").param("kode", code)
				.param("navn", "Datoavdelingen").param("gyldigFra", dato).param("gyldigTil", "31.12.2025"));
			assertThat(side).as(dato).contains("<p class=\"feltfeil\" id=\"gyldigFra-feil\">«" + dato + "» er ikke "
					+ "en gyldig dato. Skriv datoen som 15.03.2025 eller 2025-03-15.</p>",
					"<a href=\"#gyldigFra\">«" + dato + "»")
				.doesNotContain("Ugyldig forespørsel");
			assertThat(tag(side, "input", "gyldigFra")).contains("aria-invalid=\"true\"", "value=\"" + dato + "\"");
			assertThat(tag(side, "input", "kode")).contains("value=\"" + code + "\"");
			assertThat(tag(side, "input", "navn")).contains("value=\"Datoavdelingen\"");
			assertThat(tag(side, "input", "gyldigTil")).contains("value=\"31.12.2025\"")
				.doesNotContain("aria-invalid");
		}
		assertThat(organisasjon.departementsavdeling(code, LocalDate.of(2025, 6, 1))).isEmpty();

		// As typed where there is no date field, and in a row.
		mvc.perform(post("/admin/organisasjon/departementsavdelinger").with(ADMIN).with(csrf()).param("kode", code)
			.param("navn", "Datoavdelingen").param("gyldigFra", "15.3.2025").param("gyldigTil", "2025-12-31"))
			.andExpect(status().is3xxRedirection());
		Departementsavdeling ny = organisasjon.departementsavdeling(code, LocalDate.of(2025, 6, 1)).orElseThrow();
		assertThat(ny.gyldigFra()).isEqualTo(LocalDate.of(2025, 3, 15));
		String rad = refused(post("/admin/organisasjon/departementsavdelinger/" + ny.id()).param("navn", "Datoavdelingen")
			.param("gyldigFra", "2025-03-15").param("gyldigTil", "2025-13-01"));
		assertThat(tag(rad, "input", "depavd-" + ny.id() + "-til")).contains("aria-invalid=\"true\"",
				"value=\"2025-13-01\"", "autofocus");
		assertThat(rad).contains("<p class=\"feltfeil\" id=\"depavd-" + ny.id() + "-til-feil\">«2025-13-01» er ikke en "
				+ "gyldig dato.");
		assertThat(organisasjon.departementsavdeling(code, LocalDate.of(2025, 6, 1))).map(Departementsavdeling::gyldigTil)
			.contains(LocalDate.of(2025, 12, 31));
	}

	/** Posts the form as the admin and answers the page of a refusal (400). */
	private String refused(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(ADMIN).with(csrf()))
			.andExpect(status().isBadRequest())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	/** The start tag of the element with the id, or the first of its name when {@code id} is {@code null}. */
	private static String tag(String html, String name, String id) {
		Matcher tag = Pattern.compile("<" + name + "\\b[^>]*" + (id == null ? "" : "\\bid=\"" + Pattern.quote(id) + "\"")
				+ "[^>]*>").matcher(html);
		assertThat(tag.find()).as("<%s id=%s>", name, id).isTrue();
		return tag.group();
	}

	/**
	 * Two admins with the same unit's form open: B sets the leader, then A, who changed only the name, saves. A is
	 * told (409), nothing is saved, and the form shows A's name with B's leader; sent again, both are kept.
	 */
	@Test
	void aStaleUnitFormDoesNotPutBackWhatAnotherAdminChanged() throws Exception {
		long etat = newAgency();
		mvc.perform(post("/admin/organisasjon/divisjon").with(ADMIN).with(csrf()).param("etatId", "" + etat)
			.param("navn", "Divisjon konflikt")).andExpect(status().is3xxRedirection());
		long id = organisasjon.divisjoner(etat).get(0).id();
		Map<String, String> a = skjema(mvc.perform(get("/admin/organisasjon/enhet/" + id).with(ADMIN))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		Map<String, String> b = new LinkedHashMap<>(a);

		b.put("leder", "Berit Leder");
		mvc.perform(lagre(id, b)).andExpect(redirectedUrl("/admin/organisasjon/enhet/" + id));
		a.put("navn", "Divisjon konflikt omdøpt");
		String svar = mvc.perform(lagre(id, a)).andExpect(status().isConflict())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(svar).contains("Enheten er endret siden du åpnet skjemaet: lederen er endret. Ingenting er lagret. "
				+ "Feltene du ikke har endret, viser nå det som er lagret.");
		Enhet lagret = organisasjon.enhet(id).orElseThrow();
		assertThat(lagret.navn()).isEqualTo("Divisjon konflikt");
		assertThat(lagret.leder()).isEqualTo("Berit Leder");
		assertThat(organisasjon.tidligereNavn(id)).isEmpty();

		Map<String, String> igjen = skjema(svar);
		assertThat(igjen).containsEntry("navn", "Divisjon konflikt omdøpt").containsEntry("leder", "Berit Leder");
		mvc.perform(lagre(id, igjen)).andExpect(redirectedUrl("/admin/organisasjon/enhet/" + id));
		lagret = organisasjon.enhet(id).orElseThrow();
		assertThat(lagret.navn()).isEqualTo("Divisjon konflikt omdøpt");
		assertThat(lagret.leder()).isEqualTo("Berit Leder");

		// Deactivated meanwhile: nothing the form shows changed, so it saves.
		Map<String, String> c = skjema(mvc.perform(get("/admin/organisasjon/enhet/" + id).with(ADMIN))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		mvc.perform(post("/admin/organisasjon/enhet/" + id + "/aktiv").with(ADMIN).with(csrf()).param("aktiv", "false"))
			.andExpect(redirectedUrl("/admin/organisasjon/enhet/" + id));
		assertThat(organisasjon.enhet(id).orElseThrow().aktiv()).isFalse();
		c.put("lederTittel", "Divisjonsdirektør");
		mvc.perform(lagre(id, c)).andExpect(redirectedUrl("/admin/organisasjon/enhet/" + id));
		assertThat(organisasjon.enhet(id).orElseThrow().lederTittel()).isEqualTo("Divisjonsdirektør");

		// Without its version the form is refused, and nothing is saved.
		c.remove("versjon");
		c.put("leder", "Uten versjon");
		mvc.perform(lagre(id, c)).andExpect(status().isBadRequest());
		assertThat(organisasjon.enhet(id).orElseThrow().leder()).isEqualTo("Berit Leder");
	}

	/** What a browser sends from the unit form: its inputs and text areas by name, as the page filled them. */
	private static Map<String, String> skjema(String side) {
		String form = side.substring(side.indexOf("<form action=\"/admin/organisasjon/enhet/"));
		form = form.substring(0, form.indexOf("</form>"));
		Map<String, String> felt = new LinkedHashMap<>();
		Matcher input = Pattern.compile("<input ([^>]*)>").matcher(form);
		while (input.find()) {
			Matcher navn = Pattern.compile("name=\"([^\"]+)\"").matcher(input.group(1));
			Matcher verdi = Pattern.compile("value=\"([^\"]*)\"").matcher(input.group(1));
			if (navn.find() && !navn.group(1).equals("_csrf")) {
				felt.put(navn.group(1), verdi.find() ? HtmlUtils.htmlUnescape(verdi.group(1)) : "");
			}
		}
		Matcher tekst = Pattern.compile("<textarea [^>]*name=\"([^\"]+)\"[^>]*>(.*?)</textarea>", Pattern.DOTALL)
			.matcher(form);
		while (tekst.find()) {
			felt.put(tekst.group(1), HtmlUtils.htmlUnescape(tekst.group(2)));
		}
		return felt;
	}

	private static MockHttpServletRequestBuilder lagre(long id, Map<String, String> felt) {
		MockHttpServletRequestBuilder post = post("/admin/organisasjon/enhet/" + id).with(ADMIN).with(csrf());
		felt.forEach((navn, verdi) -> post.param(navn, verdi));
		return post;
	}

	private long newAgency() throws Exception {
		String name = "Skjemaetat " + UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(post("/admin/organisasjon/etat").param("navn", name).with(ADMIN).with(csrf()))
			.andExpect(status().is3xxRedirection());
		return organisasjon.etatByName(name).orElseThrow().id();
	}

	/** The version a unit's form is opened with now. */
	private String versjon(long id) {
		return String.valueOf(tre.enhet(id).versjon());
	}
}
