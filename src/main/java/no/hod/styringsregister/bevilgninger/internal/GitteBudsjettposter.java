package no.hod.styringsregister.bevilgninger.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import no.hod.styringsregister.oppdrag.Budsjettposter;

/** The posts of an agency's year as the appropriations page lists them, for the assignment page's links. */
@Component
class GitteBudsjettposter implements Budsjettposter {

	/**
	 * A chapter and the posts after it, as the authorisations write them: «Kap. 710 Vaksiner mv., post 23 …»,
	 * «kap. 740 postene 01 og 21». The chapter's name may stand between, never another chapter.
	 */
	private static final Pattern KAPITTEL_OG_POSTER = Pattern.compile(
			"kap\\.?\\s*(\\d{3,4})\\b(?:(?!kap\\.)[^\\n]){0,80}?\\bpost(?:ene)?\\s+(\\d{1,2}(?:\\s*(?:,|og)\\s*\\d{1,2})*)",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern TALL = Pattern.compile("\\d{1,2}");

	private final BevilgningRepository repository;

	GitteBudsjettposter(BevilgningRepository repository) {
		this.repository = repository;
	}

	@Override
	public Set<Post> gitt(long etatId, int aar) {
		return Set.copyOf(repository.poster(etatId, aar));
	}

	@Override
	public Map<Post, Fullmakt> fullmakter(long etatId, int aar) {
		return fullmakter(repository.fullmakter(etatId, aar));
	}

	/** The anchor is the authorisation's place in the page's list, which shows them in this order. */
	static Map<Post, Fullmakt> fullmakter(List<BevilgningRepository.FullmaktRad> fullmakter) {
		Map<Post, Fullmakt> perPost = new LinkedHashMap<>();
		for (int i = 0; i < fullmakter.size(); i++) {
			BevilgningRepository.FullmaktRad fullmakt = fullmakter.get(i);
			Fullmakt her = new Fullmakt(fullmakt.type(), anker(i));
			Matcher m = KAPITTEL_OG_POSTER.matcher(fullmakt.tekst());
			while (m.find()) {
				int kapittel = Integer.parseInt(m.group(1));
				Matcher post = TALL.matcher(m.group(2));
				while (post.find()) {
					perPost.putIfAbsent(new Post(kapittel, Integer.parseInt(post.group())), her);
				}
			}
		}
		return perPost;
	}

	/** The id of the page's {@code i}th authorisation (from 0). */
	static String anker(int i) {
		return "fullmakt-" + (i + 1);
	}
}
