//! The staff dashboard's data-quality list: announced statements the registry does not
//! reproduce or that conflict (from the record, `ssr::reconciliation`), signings without a
//! source, dates known only to the month or year, unordered ties and unknown dates (the
//! counting rule's findings).

use crate::i18n::Lang;
use crate::model::admin::QualityItem;
use crate::ssr::registry::{signing_date, Snapshot};
use crate::t;
use domain::ordinals::Finding;

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
    // Announced statements the registry does not reproduce, or that conflict: the record screen
    // says why and offers what to do.
    let (statements, _) = crate::ssr::reconciliation::record_view(snapshot, lang);
    for st in statements
        .into_iter()
        .filter(|st| matches!(st.state.as_str(), "differs" | "conflict"))
    {
        items.push(QualityItem {
            category: st.state_label.clone(),
            subject: st.subject.clone().unwrap_or_else(|| format!("#{}", st.id)),
            quote: Some(format!("{}: “{}”", st.source, st.statement)),
            detail: st.lines.join(" "),
            href: Some(format!("/admin/record#statement-{}", st.id)),
        });
    }
    for s in snapshot.signings() {
        let Some((_, name)) = profile(s.signatory_id) else {
            continue;
        };
        // Each finding about one signing opens its correction form.
        let href = format!("/admin/signings/{}#correct", s.id);
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
                // The day's screen orders them all at once.
                href: Some(format!("/admin/signings/day/{}", day.iso())),
            },
            Finding::UnknownDate { name } => QualityItem {
                category: t!(lang, "quality-unknown-date"),
                href: snapshot
                    .signatories()
                    .iter()
                    .find(|s| s.name == name)
                    .and_then(|who| {
                        snapshot
                            .signings_of(who.id)
                            .find(|s| s.signed_on.is_none())
                            .map(|s| format!("/admin/signings/{}#correct", s.id))
                            .or_else(|| profile(who.id).map(|(href, _)| href))
                    }),
                subject: name,
                quote: None,
                detail: t!(lang, "quality-unknown-date-detail"),
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
