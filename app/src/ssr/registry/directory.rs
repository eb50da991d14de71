//! The directory: rows, filters and sorting on the snapshot, and the filter choices.

use super::*;
use crate::ssr::entities::states::{Publication, SignatoryStatus};

impl Snapshot {
    pub(super) fn row(
        &self,
        who: &signatory::Model,
        counted: &Counted,
        as_of: Option<Day>,
    ) -> Option<DirectoryRow> {
        let first = self.first_signing(who.id, as_of);
        if first.is_none() && (as_of.is_some() || who.status != SignatoryStatus::Committed) {
            return None; // not yet signed on that day
        }
        if as_of.is_some() && !counted.ordinals.contains_key(&who.id) {
            return None; // not known to have signed by that day
        }
        let date = first.map_or(PartialDate::Unknown, signing_date);
        let place = counted.ordinals.get(&who.id).and_then(|o| o.overall);
        Some(DirectoryRow {
            slug: who.slug.clone(),
            name: who.name.clone(),
            kind: who.kind.as_str().to_owned(),
            kind_label: kind_label(who.kind.as_str()),
            country_code: who.country_code.clone(),
            country_name: self.country_name(&who.country_code),
            national_capital: who.national_capital,
            eu_member_at_signing: date
                .first_day()
                .is_some_and(|d| self.calendar.is_member(&who.country_code, d)),
            status: who.status.as_str().to_owned(),
            // The row's words are English: it is also the CSV's and the API's row (pages
            // write the ISO date and the ordinal in their own language).
            signed: if first.is_some() {
                Lang::En.date(date)
            } else {
                Lang::En.t("directory-not-yet-signed")
            },
            signed_iso: date.iso(),
            edition: first
                .map(|s| self.edition_slug(s.edition_id).to_owned())
                .unwrap_or_default(),
            not_before: first
                .and_then(|s| s.not_before)
                .and_then(from_date)
                .map(Day::iso),
            not_after: first
                .and_then(|s| s.not_after)
                .and_then(from_date)
                .map(Day::iso),
            place: place.map(|o| Lang::En.ordinal(o)),
            ordinal: place,
            places: counted.ordinals.get(&who.id).cloned().unwrap_or_default(),
            latitude: who.latitude,
            longitude: who.longitude,
            sources: first.map(|s| self.sources_of(s.id)).unwrap_or_default(),
            names: self.other_names(who.id),
        })
    }

    /// Every row matching `query`, sorted, without paging.
    #[must_use]
    pub fn directory_rows(&self, query: &DirectoryQuery) -> Vec<DirectoryRow> {
        let counted = self.count(query.as_of);
        self.matching(query, &counted, Lang::En)
            .into_iter()
            .filter_map(|who| self.row(who, &counted, query.as_of))
            .collect()
    }

    /// The map's data for `query` (see [`crate::model::MapData`]): past the limit, only
    /// coordinates and countries are read, no row is shaped.
    #[must_use]
    pub fn map_data(&self, query: &DirectoryQuery) -> crate::model::MapData {
        use crate::model::{MapCell, MapData};
        let counted = self.count(query.as_of);
        let found = self.matching(query, &counted, Lang::En);
        let place = |w: &signatory::Model| Some((w.latitude?, w.longitude?));
        let located = found.iter().filter(|w| place(w).is_some()).count();
        if found.len() <= MapData::LIST_LIMIT {
            return MapData {
                rows: found
                    .into_iter()
                    .filter_map(|who| self.row(who, &counted, query.as_of))
                    .collect(),
                located,
                ..MapData::default()
            };
        }
        let cells = domain::map::density(found.iter().filter_map(|w| place(w)), MapData::CELL)
            .into_iter()
            .map(|c| MapCell {
                x: c.x,
                y: c.y,
                count: c.count,
            })
            .collect();
        let off_map: Vec<_> = found
            .iter()
            .filter(|w| place(w).is_some_and(|(lat, lon)| domain::map::project(lat, lon).is_none()))
            .collect();
        let outside = if off_map.len() <= MapData::OUTSIDE_LIMIT {
            off_map
                .into_iter()
                .filter_map(|w| {
                    let country = self.country_name(&w.country_code);
                    crate::model::MapPoint::located(
                        &w.slug,
                        &w.name,
                        (&w.country_code, &country),
                        w.latitude,
                        w.longitude,
                    )
                })
                .collect()
        } else {
            Vec::new()
        };
        let mut per_country: std::collections::BTreeMap<&str, usize> =
            std::collections::BTreeMap::new();
        for who in &found {
            *per_country.entry(who.country_code.as_str()).or_default() += 1;
        }
        MapData {
            rows: Vec::new(),
            cells,
            countries: per_country
                .into_iter()
                .map(|(code, n)| (code.to_owned(), self.country_name(code), n))
                .collect(),
            outside,
            located,
        }
    }

    /// What the directory filters and sorts a signatory by, as of a day (`None`: not listed).
    pub(super) fn listed(&self, i: usize, counted: &Counted, as_of: Option<Day>) -> Option<Listed> {
        let who = &self.signatories[i];
        let first = self.first_signing(who.id, as_of);
        if first.is_none() && (as_of.is_some() || who.status != SignatoryStatus::Committed) {
            return None; // not yet signed on that day
        }
        if as_of.is_some() && !counted.ordinals.contains_key(&who.id) {
            return None; // not known to have signed by that day
        }
        let date = first.map_or(PartialDate::Unknown, signing_date);
        Some(Listed {
            index: i,
            eu: date
                .first_day()
                .is_some_and(|d| self.calendar.is_member(&who.country_code, d)),
            year: date.year(),
            edition_id: first.map(|s| s.edition_id),
            n: counted
                .ordinals
                .get(&who.id)
                .and_then(|o| o.overall)
                .map(|o| o.min),
        })
    }

    /// Sorts listed signatories in the directory's three orders, names and countries as the
    /// page's language `lang` writes them ("Anvers" among the A's on a French page).
    pub(super) fn sort_listed(&self, list: &mut [Listed], sort: Sort, lang: Lang) {
        let name = |l: &Listed| {
            let who = &self.signatories[l.index];
            if lang == Lang::En {
                return who.search_name.clone();
            }
            let others = self.other_names(who.id);
            fold(crate::model::names_for(lang.code(), &who.name, &others).0)
        };
        match sort {
            Sort::Order => list.sort_by_cached_key(|l| (l.n.is_none(), l.n, name(l))),
            Sort::Name => list.sort_by_cached_key(name),
            Sort::Country => list.sort_by_cached_key(|l| {
                let who = &self.signatories[l.index];
                let country =
                    lang.country(&who.country_code, &self.country_name(&who.country_code));
                (fold(&country), name(l))
            }),
        }
    }

    /// The full-history directory in each order, built once per snapshot.
    pub(super) fn directory_index(&self) -> &DirectoryIndex {
        self.directory_index.get_or_init(|| {
            let counted = self.count(None);
            let listed: Vec<Listed> = (0..self.signatories.len())
                .filter_map(|i| self.listed(i, &counted, None))
                .collect();
            let sorted = |sort, lang| {
                let mut list = listed.clone();
                self.sort_listed(&mut list, sort, lang);
                list
            };
            let mut years: Vec<i32> = self
                .signings
                .iter()
                .filter_map(|s| signing_date(s).year())
                .collect();
            years.sort_unstable();
            years.dedup();
            DirectoryIndex {
                by_order: sorted(Sort::Order, Lang::En),
                by_name: sorted(Sort::Name, Lang::En),
                by_country: sorted(Sort::Country, Lang::En),
                by_name_fr: sorted(Sort::Name, Lang::Fr),
                by_country_fr: sorted(Sort::Country, Lang::Fr),
                countries: self.signatory_countries(),
                years,
                kinds: self
                    .signatories
                    .iter()
                    .map(|s| s.kind.as_str().to_owned())
                    .collect(),
                statuses: self
                    .signatories
                    .iter()
                    .map(|s| s.status.as_str().to_owned())
                    .collect(),
            }
        })
    }

    /// The signatories matching `query`, sorted. The full-history orders are computed once per
    /// snapshot, so a query only filters; rows are shaped afterwards for the page shown.
    pub(super) fn matching(
        &self,
        query: &DirectoryQuery,
        counted: &Counted,
        lang: Lang,
    ) -> Vec<&signatory::Model> {
        let hits = query.q.as_ref().map(|(_, folded)| self.name_hits(folded));
        let keep = |l: &Listed| {
            let who = &self.signatories[l.index];
            hits.as_ref().is_none_or(|hits| hits[l.index])
                && query
                    .country
                    .as_ref()
                    .is_none_or(|c| &who.country_code == c)
                && query.kind.as_ref().is_none_or(|k| who.kind.as_str() == k)
                && query.capital.is_none_or(|c| who.national_capital == c)
                // A city that has only committed is listed apart (status=committed), never
                // among the signatories.
                && query.status.as_ref().map_or(
                    who.status != SignatoryStatus::Committed,
                    |s| who.status.as_str() == s,
                )
                && query.eu.is_none_or(|e| l.eu == e)
                && query.year.is_none_or(|y| l.year == Some(y))
                && query.edition.as_ref().is_none_or(|e| {
                    l.edition_id.map_or("", |id| self.edition_slug(id)) == e.as_str()
                })
        };
        let pick = |list: &[Listed]| -> Vec<&signatory::Model> {
            list.iter()
                .filter(|l| keep(l))
                .map(|l| &self.signatories[l.index])
                .collect()
        };
        if query.as_of.is_none() {
            let index = self.directory_index();
            return pick(match (query.sort, lang) {
                (Sort::Order, _) => &index.by_order,
                (Sort::Name, Lang::En) => &index.by_name,
                (Sort::Name, Lang::Fr) => &index.by_name_fr,
                (Sort::Country, Lang::En) => &index.by_country,
                (Sort::Country, Lang::Fr) => &index.by_country_fr,
            });
        }
        let mut listed: Vec<Listed> = (0..self.signatories.len())
            .filter_map(|i| self.listed(i, counted, query.as_of))
            .filter(|l| keep(l))
            .collect();
        self.sort_listed(&mut listed, query.sort, lang);
        listed
            .into_iter()
            .map(|l| &self.signatories[l.index])
            .collect()
    }

    /// The directory view for a query: only the rows of the page shown are shaped.
    #[must_use]
    pub fn directory(&self, query: &DirectoryQuery, lang: Lang) -> Directory {
        let counted = self.count(query.as_of);
        let found = self.matching(query, &counted, lang);
        let matching = found.len();
        let pages = matching.div_ceil(PAGE_SIZE).max(1);
        let rows = found
            .into_iter()
            .skip((query.page - 1) * PAGE_SIZE)
            .take(PAGE_SIZE)
            .filter_map(|who| self.row(who, &counted, query.as_of))
            .collect();

        let index = self.directory_index();
        let (countries, years) = (index.countries.clone(), index.years.clone());
        let unfiltered = query.q.is_none()
            && query.country.is_none()
            && query.kind.is_none()
            && query.capital.is_none()
            && query.eu.is_none()
            && query.year.is_none()
            && query.edition.is_none()
            && query.status.is_none();
        let unidentified = if unfiltered && query.page == pages {
            self.unidentified_rows(&counted)
        } else {
            Vec::new()
        };
        Directory {
            rows,
            matching,
            total: counted.totals.signatories,
            page: query.page,
            pages,
            query_string: query.query_string(),
            params: domain::directory::DirectoryParams::default(),
            as_of: query.as_of.map(|d| Lang::En.day(d)),
            as_of_iso: query.as_of.map(Day::iso),
            countries,
            years,
            kinds: index.kinds.iter().cloned().collect(),
            statuses: index.statuses.iter().cloned().collect(),
            editions: self.published_editions(),
            unidentified,
        }
    }

    /// The unidentified signatories counted in `counted`, in order of their place.
    #[must_use]
    pub fn unidentified_rows(&self, counted: &Counted) -> Vec<crate::model::UnidentifiedRow> {
        let mut rows: Vec<crate::model::UnidentifiedRow> = self
            .unidentified
            .iter()
            .filter(|u| counted.spans.contains_key(&-u.id))
            .map(|u| {
                let span = counted.spans.get(&-u.id);
                crate::model::UnidentifiedRow {
                    ordinal: counted.ordinals.get(&-u.id).and_then(|o| o.overall),
                    from: span.map(|s| s.first.iso()),
                    to: span.and_then(|s| s.last).map(Day::iso),
                    european: u.european.clone(),
                    national_capital: u.national_capital.clone(),
                }
            })
            .collect();
        rows.sort_by_key(|r| r.ordinal.map(|o| (o.min, o.max)));
        rows
    }

    /// Every country as `(code, name)`, named and sorted in `lang`.
    #[must_use]
    pub fn country_choices(&self, lang: crate::i18n::Lang) -> Vec<(String, String)> {
        let mut list: Vec<(String, String)> = self
            .countries
            .values()
            .map(|c| (c.code.clone(), lang.country(&c.code, &c.name)))
            .collect();
        list.sort_by_cached_key(|c| fold(&c.1));
        list
    }

    /// Countries that have signatories: `(code, name)`, by name.
    #[must_use]
    pub fn signatory_countries(&self) -> Vec<(String, String)> {
        let codes: std::collections::BTreeSet<&str> = self
            .signatories
            .iter()
            .map(|s| s.country_code.as_str())
            .collect();
        let mut list: Vec<(String, String)> = codes
            .into_iter()
            .map(|code| (code.to_owned(), self.country_name(code)))
            .collect();
        list.sort_by_cached_key(|(_, name)| fold(name));
        list
    }

    /// Published editions: `(slug, title)`, oldest first.
    #[must_use]
    pub fn published_editions(&self) -> Vec<(String, String)> {
        let mut list: Vec<&edition::Model> = self
            .editions
            .iter()
            .filter(|e| e.status == Publication::Published)
            .collect();
        list.sort_by_key(|e| e.published_on);
        list.iter()
            .map(|e| (e.slug.clone(), e.title.clone()))
            .collect()
    }

    /// The latest first signings, newest first.
    #[must_use]
    pub fn latest(&self, counted: &Counted, n: usize) -> Vec<DirectoryRow> {
        let mut placed: Vec<(u32, &signatory::Model)> = self
            .signatories
            .iter()
            .filter_map(|s| Some((counted.ordinals.get(&s.id)?.overall?.min, s)))
            .collect();
        placed.sort_by_key(|(n, _)| std::cmp::Reverse(*n));
        placed
            .into_iter()
            .take(n)
            .filter_map(|(_, s)| self.row(s, counted, None))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use crate::model::MapData;
    use domain::directory::{DirectoryParams, DirectoryQuery};

    #[test]
    fn past_the_limit_the_map_counts_areas_and_countries_instead_of_listing() {
        let all = DirectoryQuery::parse(&DirectoryParams::default()).expect("the default query");
        let small = crate::ssr::testing::crowded_registry(10).map_data(&all);
        assert_eq!(
            (small.rows.len(), small.located),
            (11, 10),
            "Paris has no coordinates"
        );
        assert!(small.cells.is_empty() && small.countries.is_empty());
        let big = crate::ssr::testing::crowded_registry(MapData::LIST_LIMIT).map_data(&all);
        assert!(big.rows.is_empty(), "no row is shaped past the limit");
        assert_eq!(big.located, MapData::LIST_LIMIT);
        assert_eq!(
            big.cells.iter().map(|c| c.count).sum::<usize>(),
            MapData::LIST_LIMIT,
            "each located signatory is in one square"
        );
        assert!(big.cells.len() > 1 && big.cells.len() < MapData::LIST_LIMIT);
        assert_eq!(
            big.countries,
            vec![(
                "FR".to_owned(),
                "France".to_owned(),
                MapData::LIST_LIMIT + 1
            )]
        );
    }
}

#[cfg(test)]
mod search_tests {
    #[test]
    fn one_pass_search_finds_what_each_name_matches() {
        let snapshot = crate::ssr::testing::crowded_registry(120);
        for needle in [
            "city 1", "city 11", "paris", "ty 7", "", "nowhere", "1\ncity",
        ] {
            let hits = snapshot.name_hits(needle);
            let each: Vec<bool> = snapshot
                .signatories()
                .iter()
                .map(|w| snapshot.name_matches(w, needle))
                .collect();
            assert_eq!(hits, each, "{needle:?}");
        }
        let found = snapshot.name_hits("city 11").iter().filter(|h| **h).count();
        assert_eq!(found, 11, "city 11 and city 110 to 119");
    }
}
