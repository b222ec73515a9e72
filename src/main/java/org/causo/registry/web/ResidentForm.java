package org.causo.registry.web;

import java.util.List;

import org.causo.registry.Ethnicity;
import org.causo.registry.Language;
import org.causo.registry.ReadsVietnamese;
import org.causo.registry.Relation;
import org.causo.registry.ResidentDraft;
import org.causo.registry.ResidentView;
import org.causo.registry.Sex;

/** The resident form; the national ID field is always empty when shown. */
public record ResidentForm(Long householdId, String fullName, Sex sex, Integer birthYear, Ethnicity ethnicity,
		List<Language> languages, ReadsVietnamese readsVietnamese, Relation relation, String phone, String nationalId) {

	static ResidentForm of(ResidentView r) {
		return new ResidentForm(r.householdId(), r.fullName(), r.sex(), r.birthYear(), r.ethnicity(), r.languages(),
				r.readsVietnamese(), r.relation(), r.phone(), null);
	}

	ResidentDraft draft() {
		return new ResidentDraft(this.householdId, this.fullName, this.sex, this.birthYear, this.ethnicity,
				this.languages, this.readsVietnamese, this.relation, this.phone, this.nationalId);
	}

	public boolean speaks(Language language) {
		return this.languages != null && this.languages.contains(language);
	}

}
