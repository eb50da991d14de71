//! The places a signing would take, for the staff preview.

use super::*;
use crate::ssr::entities::states::SignatoryKind;

impl Snapshot {
    /// "the 23rd signatory", "the 31st–32nd European city", … for one signatory's places, in
    /// `lang` (English for the API and feeds; public pages write them from the ordinals).
    pub(super) fn ordinal_lines(
        &self,
        who: &signatory::Model,
        ordinals: &SignatoryOrdinals,
        lang: crate::i18n::Lang,
    ) -> Vec<String> {
        lang.place_phrases(
            who.kind == SignatoryKind::City,
            &self.country_name(&who.country_code),
            ordinals,
        )
    }

    /// The places `who` would hold with one more signing, by the same rule as every public
    /// page: `(sentences, total signatories)`. Used by the staff preview before saving.
    #[must_use]
    pub fn preview(
        &self,
        who: &signatory::Model,
        extra: SigningFact,
        lang: crate::i18n::Lang,
    ) -> (Vec<String>, u32) {
        let facts = self.fact_list().iter().chain(std::iter::once(&extra));
        let counted = domain::ordinals::count_of(facts, &self.stated(), &self.calendar, None);
        let ordinals = counted.ordinals.get(&who.id).cloned().unwrap_or_default();
        (
            self.ordinal_lines(who, &ordinals, lang),
            counted.totals.signatories,
        )
    }
}
