//! The staff dashboard's data-quality list: announced ordinals the registry's history cannot
//! reproduce, signings without a source, dates known only to the month or year, unordered ties
//! and unknown dates (the counting rule's findings).

use crate::i18n::Lang;
use crate::model::admin::QualityItem;
use crate::ssr::convert::from_date;
use crate::ssr::registry::{signing_date, Snapshot};
use crate::t;
use domain::ordinals::{Finding, Ordinal, SignatoryOrdinals};

/// Which count an announced ordinal refers to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Count {
    Overall,
    European,
    EuCapital,
    NationalCapital,
}

/// The ordinals a sentence announces: "the 33rd European city and 15th EU capital" →
/// `[(33, European), (15, EuCapital)]`.
#[must_use]
pub fn announced_ordinals(statement: &str) -> Vec<(u32, Count)> {
    let words: Vec<String> = statement
        .split(|c: char| c.is_whitespace() || c == ',' || c == '(' || c == ')')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let mut found = Vec::new();
    for (i, word) in words.iter().enumerate() {
        let digits: String = word.chars().take_while(char::is_ascii_digit).collect();
        let suffix = &word[digits.len()..];
        if digits.is_empty() || !["st", "nd", "rd", "th", "e", "ème"].contains(&suffix) {
            continue;
        }
        let Ok(n) = digits.parse::<u32>() else {
            continue;
        };
        let after = words[i + 1..words.len().min(i + 4)].join(" ");
        let count = if after.starts_with("eu capital") {
            Count::EuCapital
        } else if after.starts_with("european") {
            Count::European
        } else if after.starts_with("capital") || after.starts_with("national capital") {
            Count::NationalCapital
        } else {
            Count::Overall
        };
        found.push((n, count));
    }
    found
}

fn computed(ordinals: &SignatoryOrdinals, count: Count) -> Option<Ordinal> {
    match count {
        Count::Overall => ordinals.overall,
        Count::European => ordinals.european,
        Count::EuCapital => ordinals.eu_capital,
        Count::NationalCapital => ordinals.national_capital,
    }
}

fn label(lang: Lang, count: Count) -> String {
    match count {
        Count::Overall => t!(lang, "quality-count-overall"),
        Count::European => t!(lang, "quality-count-european"),
        Count::EuCapital => t!(lang, "quality-count-eu-capital"),
        Count::NationalCapital => t!(lang, "quality-count-national-capital"),
    }
}

/// Everything staff should check, most serious first, written in `lang`.
#[must_use]
pub fn quality(snapshot: &Snapshot, lang: Lang) -> Vec<QualityItem> {
    let counted = snapshot.count(None);
    let mut items = Vec::new();
    let profile = |id: i32| {
        snapshot.slug_and_name(id).map(|(slug, name)| {
            (
                format!("/admin/signatories/{}", slug_id(snapshot, &slug)),
                name,
            )
        })
    };
    for statement in snapshot.statements() {
        let Some(id) = statement.signatory_id else {
            continue;
        };
        let as_of = statement.event_on.and_then(from_date);
        let at_that_time = snapshot.count(as_of);
        let ordinals = at_that_time.ordinals.get(&id).cloned().unwrap_or_default();
        for (n, count) in announced_ordinals(&statement.statement) {
            let mine = computed(&ordinals, count);
            if mine.is_some_and(|o| o.is_exact() && o.min == n) {
                continue;
            }
            let what = label(lang, count);
            let detail = match mine {
                Some(o) if o.max < n => t!(
                    lang,
                    "quality-ordinal-short",
                    place = &lang.ordinal(o),
                    count = &what,
                    missing = n - o.max
                ),
                Some(o) => t!(
                    lang,
                    "quality-ordinal-other",
                    place = &lang.ordinal(o),
                    count = &what
                ),
                None => t!(lang, "quality-ordinal-none", count = &what),
            };
            let (href, subject) = profile(id).map_or((None, String::new()), |(h, n)| (Some(h), n));
            items.push(QualityItem {
                category: t!(lang, "quality-ordinal"),
                subject,
                quote: Some(format!("{}: “{}”", statement.source, statement.statement)),
                detail,
                href,
            });
        }
    }
    for s in snapshot.signings() {
        let Some((href, name)) = profile(s.signatory_id) else {
            continue;
        };
        if snapshot.sources_of_signing(s.id).next().is_none() {
            items.push(QualityItem {
                category: t!(lang, "quality-no-source"),
                subject: name.clone(),
                quote: None,
                detail: t!(
                    lang,
                    "quality-no-source-detail",
                    date = &lang.date(signing_date(s))
                ),
                href: Some(href.clone()),
            });
        }
        if matches!(s.date_precision.as_str(), "month" | "year") {
            items.push(QualityItem {
                category: t!(lang, "quality-partial-date"),
                subject: name,
                quote: None,
                detail: t!(
                    lang,
                    "quality-partial-date-detail",
                    date = &lang.date(signing_date(s))
                ),
                href: Some(href),
            });
        }
    }
    for finding in counted.findings.iter().cloned() {
        items.push(match finding {
            Finding::UnorderedTie { day, names } => QualityItem {
                category: t!(lang, "quality-tie"),
                subject: lang.day(day),
                quote: None,
                detail: t!(lang, "quality-tie-detail", names = &lang.join(&names)),
                href: None,
            },
            Finding::UnknownDate { name } => QualityItem {
                category: t!(lang, "quality-unknown-date"),
                subject: name,
                quote: None,
                detail: t!(lang, "quality-unknown-date-detail"),
                href: None,
            },
        });
    }
    items
}

fn slug_id(snapshot: &Snapshot, slug: &str) -> i32 {
    snapshot
        .signatories()
        .iter()
        .find(|s| s.slug == slug)
        .map_or(0, |s| s.id)
}

#[cfg(test)]
mod tests {
    use super::{announced_ordinals, Count};

    #[test]
    fn announced_ordinals_are_read_from_sentences() {
        assert_eq!(
            announced_ordinals("Paris: the 33rd European city and 15th EU capital to sign"),
            vec![(33, Count::European), (15, Count::EuCapital)]
        );
        assert_eq!(
            announced_ordinals("the 21st signatory"),
            vec![(21, Count::Overall)]
        );
        assert_eq!(
            announced_ordinals("la 12e capitale"),
            vec![(12, Count::NationalCapital)]
        );
        assert!(announced_ordinals("signed in 2013").is_empty());
    }
}
