//! The staff dashboard's data-quality list: announced ordinals the registry's history cannot
//! reproduce, signings without a source, dates known only to the month or year, unordered ties
//! and unknown dates (the counting rule's findings).

use crate::domain::ordinals::{Finding, Ordinal, SignatoryOrdinals};
use crate::model::admin::QualityItem;
use crate::ssr::convert::from_date;
use crate::ssr::registry::{signing_date, Snapshot};

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

fn label(count: Count) -> &'static str {
    match count {
        Count::Overall => "signatory",
        Count::European => "European city",
        Count::EuCapital => "EU capital",
        Count::NationalCapital => "national capital",
    }
}

/// Everything staff should check, most serious first.
#[must_use]
pub fn quality(snapshot: &Snapshot) -> Vec<QualityItem> {
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
            if mine.is_some_and(|o| o.n == n && !o.approximate) {
                continue;
            }
            let detail = match mine {
                Some(o) if o.n < n => format!(
                    "{}: “{}”; the registry computes {} {}: {} earlier {} missing.",
                    statement.source,
                    statement.statement,
                    o.text(),
                    label(count),
                    n - o.n,
                    if n - o.n == 1 {
                        "signatory is"
                    } else {
                        "signatories are"
                    }
                ),
                Some(o) => format!(
                    "{}: “{}”; the registry computes {} {}.",
                    statement.source,
                    statement.statement,
                    o.text(),
                    label(count)
                ),
                None => format!(
                    "{}: “{}”; the registry gives no {} place.",
                    statement.source,
                    statement.statement,
                    label(count)
                ),
            };
            let (href, subject) = profile(id).map_or((None, String::new()), |(h, n)| (Some(h), n));
            items.push(QualityItem {
                category: "Announced ordinal not reproduced".into(),
                subject,
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
                category: "Signing without a source".into(),
                subject: name.clone(),
                detail: format!("The signing of {} has no source.", signing_date(s).long()),
                href: Some(href.clone()),
            });
        }
        if matches!(s.date_precision.as_str(), "month" | "year") {
            items.push(QualityItem {
                category: "Date known only to the month or year".into(),
                subject: name,
                detail: format!(
                    "Signed {}: its places are approximate (≈).",
                    signing_date(s).long()
                ),
                href: Some(href),
            });
        }
    }
    for finding in counted.findings.iter().cloned() {
        items.push(match finding {
            Finding::UnorderedTie { day, names } => QualityItem {
                category: "Signings of the same day not ordered".into(),
                subject: day.long(),
                detail: format!(
                    "{} signed on the same day; set each one's position on that day to fix their places.",
                    names.join(", ")
                ),
                href: None,
            },
            Finding::UnknownDate { name } => QualityItem {
                category: "Unknown date".into(),
                subject: name,
                detail: "Counted in the totals, but without a place.".into(),
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
