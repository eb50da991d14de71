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
    /// page: `(sentences, total signatories)`. Used by the staff preview before saving: one
    /// pass over the registry's full count when that is exact (a new signing dated after
    /// every announced statement's point, or a known signatory signing again), else the whole
    /// history counted again with the signing (see [`domain::ordinals::preview`]).
    #[must_use]
    pub fn preview(
        &self,
        who: &signatory::Model,
        extra: SigningFact,
        lang: crate::i18n::Lang,
    ) -> (Vec<String>, u32) {
        let stated = self.stated();
        let base = self.count(None);
        let (ordinals, total) = domain::ordinals::preview::places_with(
            self.fact_list(),
            &base,
            &stated,
            &self.calendar,
            &extra,
        )
        .unwrap_or_else(|| {
            let facts = self.fact_list().iter().chain(std::iter::once(&extra));
            let counted = domain::ordinals::count_of(facts, &stated, &self.calendar, None);
            (
                counted.ordinals.get(&who.id).cloned().unwrap_or_default(),
                counted.totals.signatories,
            )
        });
        (self.ordinal_lines(who, &ordinals, lang), total)
    }
}
