//! A signatory's profile: its signings, sources, statements and places on any day.

use super::*;
use crate::ssr::entities::states::SignatoryKind;
use domain::ordinals::statements::Status;

impl Snapshot {
    pub(super) fn statement(&self, s: &announced_statement::Model) -> Statement {
        let is_url = s.source.starts_with("http://") || s.source.starts_with("https://");
        let counted = self.count(None);
        let check = counted.checks.iter().find(|c| c.statement_id == s.id);
        let date = PartialDate::parse(&s.event_date_text)
            .map_or_else(|_| s.event_date_text.clone(), |d| Lang::En.date(d));
        Statement {
            statement: s.statement.clone(),
            date,
            source: if is_url {
                s.source
                    .split('/')
                    .nth(2)
                    .unwrap_or(&s.source)
                    .trim_start_matches("www.")
                    .to_owned()
            } else {
                s.source.clone()
            },
            source_url: is_url.then(|| s.source.clone()),
            checked: check.is_some_and(|c| !c.claims.is_empty()),
            differs: check
                .map(|c| {
                    c.claims
                        .iter()
                        .filter_map(|(claim, status)| match status {
                            Status::Possible { min, max } | Status::Differs { min, max } => {
                                Some((claim.n(), *min, *max))
                            }
                            _ => None,
                        })
                        .collect()
                })
                .unwrap_or_default(),
        }
    }

    /// Who `signatory_id` is, its places as of a day, the registry's total then, and the
    /// edition of its first signing by then.
    pub(super) fn standing(
        &self,
        signatory_id: i32,
        as_of: Option<Day>,
    ) -> Option<(&signatory::Model, SignatoryOrdinals, u32, Option<i32>)> {
        let who = self.signatories.iter().find(|s| s.id == signatory_id)?;
        let counted = self.count(as_of);
        let ordinals = counted.ordinals.get(&who.id).cloned().unwrap_or_default();
        let edition = self.first_signing(who.id, as_of).map(|s| s.edition_id);
        Some((who, ordinals, counted.totals.signatories, edition))
    }

    /// One signatory's places as numbers as of a day, whether it is a city, and the slug of
    /// the edition it first signed: what a page needs to write the places in its language.
    #[must_use]
    pub fn ordinals_as_of(
        &self,
        signatory_id: i32,
        as_of: Option<Day>,
    ) -> Option<(SignatoryOrdinals, bool, String)> {
        let (who, ordinals, _, edition) = self.standing(signatory_id, as_of)?;
        let edition = edition.map(|e| self.edition_slug(e).to_owned());
        Some((
            ordinals,
            who.kind == SignatoryKind::City,
            edition.unwrap_or_default(),
        ))
    }

    /// A signatory's places and the registry's total as the registry stood on `as_of`:
    /// `(slug, name, edition title of its first signing, places, total)`.
    #[must_use]
    pub fn places_as_of(
        &self,
        signatory_id: i32,
        as_of: Option<Day>,
        lang: crate::i18n::Lang,
    ) -> Option<(String, String, String, Vec<String>, u32)> {
        let (who, ordinals, total, edition) = self.standing(signatory_id, as_of)?;
        let edition = edition.map(|e| self.edition_title(e).to_owned());
        Some((
            who.slug.clone(),
            who.name.clone(),
            edition.unwrap_or_default(),
            self.ordinal_lines(who, &ordinals, lang),
            total,
        ))
    }

    /// Every signatory's slug (for the sitemap).
    #[must_use]
    pub fn slugs(&self) -> Vec<String> {
        self.signatories.iter().map(|s| s.slug.clone()).collect()
    }

    /// A signatory's profile, by slug.
    #[must_use]
    pub fn profile(&self, slug: &str) -> Option<Profile> {
        let who = self.signatories.iter().find(|s| s.slug == slug)?;
        let counted = self.count(None);
        let ordinals = counted.ordinals.get(&who.id).cloned().unwrap_or_default();
        let european = self
            .countries
            .get(&who.country_code)
            .is_some_and(|c| c.european);
        let country_name = self.country_name(&who.country_code);
        let lines = self.ordinal_lines(who, &ordinals, crate::i18n::Lang::En);
        let mut signings: Vec<&signing::Model> = self
            .signings
            .iter()
            .filter(|s| s.signatory_id == who.id)
            .collect();
        signings.sort_by_key(|s| signing_date(s).first_day());
        Some(Profile {
            slug: who.slug.clone(),
            name: who.name.clone(),
            kind_label: kind_label(who.kind.as_str()),
            country_code: who.country_code.clone(),
            country_name,
            european,
            national_capital: who.national_capital,
            status: who.status.as_str().to_owned(),
            withdrawn: who.withdrawn_on.and_then(from_date).map(|d| {
                (
                    Lang::En.day(d),
                    who.withdrawn_reason.clone().unwrap_or_default(),
                )
            }),
            website: who.website.clone(),
            wikidata_id: who.wikidata_id.clone(),
            latitude: who.latitude,
            longitude: who.longitude,
            signings: signings
                .into_iter()
                .map(|s| {
                    let date = signing_date(s);
                    SigningView {
                        id: s.id,
                        date: Lang::En.date(date),
                        date_iso: date.iso(),
                        precision: date.precision().as_str().to_owned(),
                        edition_slug: self.edition_slug(s.edition_id).to_owned(),
                        edition_title: self.edition_title(s.edition_id).to_owned(),
                        edition_confirmed: s.edition_confirmed,
                        event: s.event.clone(),
                        place: s.place.clone(),
                        signed_by: s.signed_by_name.as_ref().map(|n| match &s.signed_by_title {
                            Some(t) => format!("{n}, {t}"),
                            None => n.clone(),
                        }),
                        council_decision: s
                            .council_decision_on
                            .and_then(from_date)
                            .map(|d| Lang::En.day(d)),
                        announced_ordinal: s.announced_ordinal.clone(),
                        not_before: s.not_before.and_then(from_date).map(Day::iso),
                        not_after: s.not_after.and_then(from_date).map(Day::iso),
                        public_note: s.public_note.clone(),
                        sources: self.sources_of(s.id),
                    }
                })
                .collect(),
            ordinals: lines,
            unknown_date: ordinals.unknown_date,
            kind: who.kind.as_str().to_owned(),
            is_city: who.kind == SignatoryKind::City,
            places: ordinals,
            statements: self
                .statements
                .iter()
                .filter(|s| s.signatory_id == Some(who.id))
                .map(|s| self.statement(s))
                .collect(),
            total_signatories: counted.totals.signatories,
            headline: Self::headline(&counted),
            site_url: String::new(),
            releases: Vec::new(),
            documents: Vec::new(),
            photos: Vec::new(),
            coverage: Vec::new(),
            correction: crate::model::admin::FormState::default(),
            names: self.other_names(who.id),
        })
    }
}
