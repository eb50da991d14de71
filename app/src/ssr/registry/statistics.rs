//! The statistics page's figures, and the signatories of each conference.

use super::*;

impl Snapshot {
    /// The cumulative count over time as a band (certainly / possibly signed by each day the
    /// band changes), and every announced overall count with its day.
    #[must_use]
    pub fn timeline(&self, counted: &Counted) -> crate::model::Timeline {
        let spans: Vec<&domain::ordinals::Span> = counted.spans.values().collect();
        let mut days: Vec<Day> = spans
            .iter()
            .flat_map(|s| std::iter::once(s.first).chain(s.last))
            .collect();
        days.sort_unstable();
        days.dedup();
        let band = days
            .into_iter()
            .map(|d| {
                let count = |it: usize| u32::try_from(it).unwrap_or(u32::MAX);
                let certain = spans
                    .iter()
                    .filter(|s| s.last.is_some_and(|l| l <= d))
                    .count();
                let possible = spans.iter().filter(|s| s.first <= d).count();
                (d.iso(), count(certain), count(possible))
            })
            .collect();
        let announced = self
            .stated()
            .iter()
            .flat_map(|s| {
                let source = self
                    .statements
                    .iter()
                    .find(|m| m.id == s.id)
                    .map(|m| m.source.clone())
                    .unwrap_or_default();
                s.claims
                    .iter()
                    .filter_map(move |c| match c {
                        domain::ordinals::statements::Claim::Total { as_of, scope, n }
                            if domain::ordinals::Scope::from(*scope)
                                == domain::ordinals::Scope::Overall =>
                        {
                            Some((as_of.iso(), *n, source.clone()))
                        }
                        _ => None,
                    })
                    .collect::<Vec<_>>()
            })
            .collect();
        crate::model::Timeline { band, announced }
    }

    /// Totals and breakdowns (full history).
    #[must_use]
    pub fn statistics(&self) -> Statistics {
        let counted = self.count(None);
        let rows: Vec<DirectoryRow> = self
            .signatories
            .iter()
            .filter_map(|s| self.row(s, &counted, None))
            .filter(|r| r.status != "committed")
            .collect();
        let mut by_country: HashMap<&str, u32> = HashMap::new();
        for r in &rows {
            *by_country.entry(r.country_code.as_str()).or_default() += 1;
        }
        let mut by_country: Vec<(String, String, u32)> = by_country
            .into_iter()
            .map(|(c, n)| (c.to_owned(), self.country_name(c), n))
            .collect();
        by_country.sort_by(|a, b| b.2.cmp(&a.2).then_with(|| fold(&a.1).cmp(&fold(&b.1))));
        let mut per_year: std::collections::BTreeMap<i32, u32> = std::collections::BTreeMap::new();
        for r in &rows {
            if let Some(y) = r.signed_iso.get(..4).and_then(|y| y.parse::<i32>().ok()) {
                *per_year.entry(y).or_default() += 1;
            }
        }
        let mut cumulative = 0;
        let by_year = match (
            per_year.keys().next().copied(),
            per_year.keys().last().copied(),
        ) {
            (Some(first), Some(last)) => (first..=last)
                .map(|y| {
                    let n = per_year.get(&y).copied().unwrap_or(0);
                    cumulative += n;
                    (y, n, cumulative)
                })
                .collect(),
            _ => Vec::new(),
        };
        let by_edition = counted
            .totals
            .by_edition
            .iter()
            .map(|(slug, n)| {
                (
                    self.editions
                        .iter()
                        .find(|e| &e.slug == slug)
                        .map_or_else(|| slug.clone(), |e| e.title.clone()),
                    *n,
                )
            })
            .collect();
        Statistics {
            totals: counted.totals.clone(),
            by_edition,
            by_country,
            by_year,
            statements: self
                .statements
                .iter()
                .filter(|s| s.kind == "count")
                .map(|s| self.statement(s))
                .collect(),
            headline: Self::headline(&counted),
            timeline: self.timeline(&counted),
        }
    }
}

impl Snapshot {
    /// The signings made at conference `number`: those whose event names it
    /// (`Integrating Cities VI, Tampere`).
    pub fn signings_at_conference<'a>(
        &'a self,
        number: &str,
    ) -> impl Iterator<Item = &'a signing::Model> + 'a {
        let prefix = format!("Integrating Cities {number},");
        self.signings()
            .iter()
            .filter(move |s| s.event.as_deref().is_some_and(|e| e.starts_with(&prefix)))
    }
}

/// A conference as the about page shows it, with the signatories whose signing names it in its
/// event (`Integrating Cities VI, Tampere`), in signing order.
#[must_use]
pub fn conference_view(
    snapshot: &Snapshot,
    c: &crate::ssr::entities::conference::Model,
) -> crate::model::ConferenceView {
    let mut signings: Vec<&signing::Model> = snapshot.signings_at_conference(&c.number).collect();
    signings.sort_by_key(|s| {
        (
            signing_date(s).first_day(),
            s.tie_position.unwrap_or(i32::MAX),
        )
    });
    let mut signatories: Vec<(String, String)> = Vec::new();
    for s in signings {
        if let Some(who) = snapshot.slug_and_name(s.signatory_id) {
            if !signatories.contains(&who) {
                signatories.push(who);
            }
        }
    }
    crate::model::ConferenceView {
        title: format!("Integrating Cities {}", c.number),
        city: c.city.clone(),
        country_code: c.country_code.clone(),
        country_name: snapshot.country_name(&c.country_code),
        starts_on: c.starts_on.clone(),
        ends_on: c.ends_on.clone(),
        note: c.note.clone(),
        signatories,
    }
}
