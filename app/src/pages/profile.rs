//! `/signatories/{slug}`: one signatory, its signings with their evidence, and its places.

use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_params_map;

use crate::api::registry::get_profile;
use crate::components::map::SignatoryMap;
use crate::components::page_data::await_page;
use crate::i18n::{use_lang, Lang};
use crate::model::{Profile, SigningView, SourceLink, Statement};
use crate::t;

/// The profile page.
#[component]
pub fn ProfilePage() -> impl IntoView {
    let params = use_params_map();
    await_page(
        move || params.read().get("slug").unwrap_or_default(),
        get_profile,
        profile_view,
    )
}

fn sources(list: Vec<SourceLink>, content: Option<&'static str>) -> impl IntoView {
    view! {
        <ul class="sources">
            {list.into_iter().map(|s| match s.url {
                Some(url) => view! { <li lang=content><a href=url rel="external noopener">{s.label}</a></li> }.into_any(),
                None => view! { <li lang=content>{s.label}</li> }.into_any(),
            }).collect_view()}
        </ul>
    }
}

/// A fact whose value is the registry's (English) text.
fn fact(label: String, value: Option<String>, content: Option<&'static str>) -> impl IntoView {
    value.map(|v| view! { <div><dt>{label}</dt><dd lang=content>{v}</dd></div> })
}

fn signing_view(lang: Lang, content: Option<&'static str>, s: SigningView) -> impl IntoView {
    let precision = match s.precision.as_str() {
        "month" => Some(format!(" {}", t!(lang, "profile-month-only"))),
        "year" => Some(format!(" {}", t!(lang, "profile-year-only"))),
        _ => None,
    };
    let edition_note =
        (!s.edition_confirmed).then(|| format!(" {}", t!(lang, "profile-edition-unconfirmed")));
    let range = match (&s.not_before, &s.not_after) {
        (Some(from), Some(to)) => Some(t!(
            lang,
            "profile-range-between",
            from = &lang.stored_date(from),
            to = &lang.stored_date(to)
        )),
        (Some(from), None) => Some(t!(
            lang,
            "profile-range-from",
            from = &lang.stored_date(from)
        )),
        (None, Some(to)) => Some(t!(lang, "profile-range-to", to = &lang.stored_date(to))),
        (None, None) => None,
    };
    view! {
        <article class="signing" id=format!("signing-{}", s.id)>
            <h3>
                {if s.date_iso.is_empty() && (s.not_before.is_some() || s.not_after.is_some()) {
                    let range = crate::pages::signatories::known_range(lang, s.not_before.as_deref(), s.not_after.as_deref());
                    view! { <span>{t!(lang, "profile-signed-range", range = &range)}</span> }.into_any()
                } else if s.date_iso.is_empty() {
                    view! { <span>{t!(lang, "profile-date-unknown")}</span> }.into_any()
                } else {
                    view! { <time datetime=s.date_iso.clone()>{lang.iso_date(&s.date_iso)}</time> }.into_any()
                }}
                {precision}
            </h3>
            <dl class="facts-list">
                <div>
                    <dt>{t!(lang, "column-edition")}</dt>
                    <dd>
                        <a href=lang.href(&format!("/charter/{}", s.edition_slug))>{lang.edition_name(&s.edition_slug, &s.edition_title)}</a>
                        {edition_note}
                    </dd>
                </div>
                {fact(t!(lang, "profile-event"), s.event, content)}
                {fact(t!(lang, "profile-place"), s.place, content)}
                {fact(t!(lang, "profile-signed-by"), s.signed_by, content)}
                {s.council_decision.map(|d| view! {
                    <div><dt>{t!(lang, "profile-council")}</dt><dd>{lang.stored_date(&d)}</dd></div>
                })}
                {range.map(|r| view! { <div><dt>{t!(lang, "profile-range")}</dt><dd>{r}</dd></div> })}
                {fact(t!(lang, "profile-announced"), s.announced_ordinal, content)}
                {fact(t!(lang, "profile-public-note"), s.public_note, content)}
            </dl>
            <h4>{t!(lang, "profile-sources")}</h4>
            {if s.sources.is_empty() {
                view! { <p>{t!(lang, "profile-no-source")}</p> }.into_any()
            } else {
                sources(s.sources, content).into_any()
            }}
        </article>
    }
}

/// How the registry compares with a statement: said only where they differ (or agree, when
/// the statement states a number the registry can check).
pub fn statement_check(lang: Lang, s: &Statement) -> Option<String> {
    if !s.checked {
        return None;
    }
    if s.differs.is_empty() {
        return Some(t!(lang, "statement-agrees"));
    }
    let parts: Vec<String> = s
        .differs
        .iter()
        .map(|(stated, min, max)| {
            let range = if min == max {
                min.to_string()
            } else {
                format!("{min}–{max}")
            };
            t!(lang, "statement-differs", range = &range, stated = *stated)
        })
        .collect();
    Some(parts.join(" "))
}

fn statement_view(lang: Lang, content: Option<&'static str>, s: Statement) -> impl IntoView {
    let check = statement_check(lang, &s);
    view! {
        <li>
            <blockquote lang=content><p>{s.statement}</p></blockquote>
            <p class="attribution">
                {lang.stored_date(&s.date)} " — "
                {match s.source_url {
                    Some(url) => view! { <a href=url rel="external noopener">{s.source}</a> }.into_any(),
                    None => view! { <span lang=content>{s.source}</span> }.into_any(),
                }}
            </p>
            {check}
        </li>
    }
}

fn profile_view(mut p: Profile) -> impl IntoView {
    let lang = use_lang();
    // The name in the page's language; the local names go under it.
    let local = crate::components::names::local_names(lang, &p.name, &p.names);
    p.name = crate::components::names::shown_name(lang, &p.name, &p.names);
    // The registry's own words (events, notes, quotes) are English.
    let content = (lang != Lang::En).then_some("en");
    let country = lang.country(&p.country_code, &p.country_name);
    let phrases = lang.place_phrases(p.is_city, &country, &p.places);
    let committed = p.status == "committed";
    let sentence = if committed {
        // Not a signatory yet: counted nowhere, no place, no badge.
        t!(
            lang,
            "profile-committed-sentence",
            name = &p.name,
            total = p.total_signatories
        )
    } else if phrases.is_empty() {
        t!(
            lang,
            "profile-no-place",
            name = &p.name,
            total = p.total_signatories
        )
    } else {
        t!(
            lang,
            "profile-places",
            name = &p.name,
            places = &lang.join(&phrases),
            total = p.total_signatories
        )
    };
    let status = match p.status.as_str() {
        "signed" => t!(lang, "profile-status-signed"),
        "committed" => t!(lang, "profile-status-committed"),
        _ => t!(lang, "profile-status-withdrawn"),
    };
    let kind = lang.t(&format!("kind-{}", p.kind));
    let subtitle = if p.national_capital {
        t!(
            lang,
            "profile-subtitle-capital",
            kind = &kind,
            country = &country
        )
    } else {
        t!(lang, "profile-subtitle", kind = &kind, country = &country)
    };
    let announced = p.signings.iter().any(|s| s.announced_ordinal.is_some());
    let has_statements = !p.statements.is_empty() || announced;
    // The registry's places beside the statements only where some statement is not reproduced.
    let show_computed = p.statements.is_empty()
        || p.statements
            .iter()
            .any(|s| !s.checked || !s.differs.is_empty());
    let description = format!("{} — {sentence}", p.name);
    let point = p.map_point();
    let since = p
        .signings
        .iter()
        .filter_map(|s| s.date_iso.get(..4))
        .min()
        .map(str::to_owned);
    let badge_alt = match &since {
        Some(year) => t!(lang, "profile-badge-alt-since", year = year.as_str()),
        None => t!(lang, "profile-badge-alt"),
    };
    // The badge's code goes on the city's site: the badge and its words are in the page's language.
    let badge_code = format!(
        "<a href=\"{site}{page}\"><img src=\"{site}{badge}\" alt=\"{badge_alt}\" width=\"320\" height=\"56\"></a>",
        site = p.site_url,
        page = lang.href(&format!("/signatories/{}", p.slug)),
        badge = lang.href(&format!("/badge/{}.svg", p.slug)),
    );
    let slug = p.slug.clone();
    let title = if p.signings.len() == 1 {
        t!(lang, "profile-signing")
    } else {
        t!(lang, "profile-signings")
    };
    view! {
        <Title text=p.name.clone()/>
        <leptos_meta::Link rel="alternate" type_="application/rss+xml" href=lang.href(&format!("/feeds/country/{}.xml", p.country_code.to_lowercase())) title=t!(lang, "profile-feed-title", country = &country)/>
        <Meta property="og:title" content=format!("{} — {}", p.name, t!(lang, "site-name"))/>
        <Meta property="og:description" content=description.clone()/>
        <Meta property="og:type" content="profile"/>
        <Meta property="og:url" content=format!("{}{}", p.site_url, lang.href(&format!("/signatories/{}", p.slug)))/>
        <Meta name="description" content=description/>
        <header class="page-head">
            <p class="eyebrow">{status}</p>
            <h1>{p.name.clone()}</h1>
            {local.map(|names| view! { <p class="subtitle">{t!(lang, "profile-local-names")}" "{names}</p> })}
            <p class="subtitle">{subtitle}</p>
            {p.withdrawn.clone().map(|(day, reason)| view! {
                <p class="notice" id="withdrawn">
                    {t!(lang, "profile-withdrew", date = &lang.stored_date(&day))}" "
                    <span lang=content>{reason}</span>
                </p>
            })}
        </header>
        <div class="with-aside">
        <div class="main-col">
        <p class="ordinal-sentence">{sentence}</p>
        {crate::components::headline::quotable_line(lang, &p.headline)}
        <p class="small">
            <a href=lang.href("/about/counting")>{t!(lang, "directory-counting-link")}</a>" · "
            <a href=lang.href("/signatories")>{t!(lang, "profile-all")}</a>
        </p>
        <section aria-labelledby="signings-title">
            <h2 id="signings-title">{title}</h2>
            {p.signings.into_iter().map(|s| signing_view(lang, content, s)).collect_view()}
        </section>
        {has_statements.then(|| view! {
            <section aria-labelledby="announced-title" class="announced">
                <h2 id="announced-title">{t!(lang, "profile-announced-title")}</h2>
                <p>{t!(lang, "profile-announced-lead")}</p>
                <ul class="statements">{p.statements.into_iter().map(|s| statement_view(lang, content, s)).collect_view()}</ul>
                {show_computed.then(|| view! {
                    <p class="computed"><strong>{t!(lang, "profile-computes")}</strong>" "{lang.join(&phrases)}</p>
                })}
            </section>
        })}
        {(!p.releases.is_empty()).then(|| view! {
            <section aria-labelledby="releases-title">
                <h2 id="releases-title">{t!(lang, "profile-releases")}</h2>
                <ul class="latest-list">
                    {p.releases.iter().map(|r| view! {
                        <li>
                            <a href=lang.href(&format!("/newsroom/{}", r.slug)) lang=content>{r.title.clone()}</a>
                            {format!(" — {}", lang.stored_date(&r.date))}
                        </li>
                    }).collect_view()}
                </ul>
            </section>
        })}
        {(!p.photos.is_empty()).then(|| view! {
            <section aria-labelledby="photos-title">
                <h2 id="photos-title">{t!(lang, "profile-photos")}</h2>
                {p.photos.iter().cloned().map(|photo| crate::components::photo::figure(photo, "(min-width: 64rem) 44rem, 100vw")).collect_view()}
            </section>
        })}
        {(!p.coverage.is_empty()).then(|| view! {
            <section aria-labelledby="coverage-title">
                <h2 id="coverage-title">{t!(lang, "coverage-title")}</h2>
                {crate::components::photo::coverage_list(p.coverage.clone())}
            </section>
        })}
        {(!p.documents.is_empty()).then(|| view! {
            <section aria-labelledby="documents-title">
                <h2 id="documents-title">{t!(lang, "profile-documents")}</h2>
                <ul class="documents">
                    {p.documents.iter().map(|d| view! {
                        <li><a href=d.href.clone()>{d.label.clone()}</a>{format!(" ({})", d.size)}</li>
                    }).collect_view()}
                </ul>
            </section>
        })}
        </div>
        <div class="side-col">
        {point.map(|point| {
            let label = t!(lang, "profile-map-label", name = &point.name);
            view! {
                <section aria-labelledby="map-title" class="profile-map">
                    <h2 id="map-title">{t!(lang, "profile-map")}</h2>
                    <SignatoryMap points=vec![point] highlight=slug label/>
                    <p><a href=lang.href("/map")>{t!(lang, "profile-map-all")}</a></p>
                </section>
            }
        })}
        {p.website.map(|url| view! { <p><a href=url rel="external noopener">{t!(lang, "profile-website")}</a></p> })}
        {(!committed).then(|| view! {
            <section aria-labelledby="badge-title" class="badge-embed">
                <h2 id="badge-title">{t!(lang, "profile-badge")}</h2>
                <p><img src=lang.href(&format!("/badge/{}.svg", p.slug)) alt=badge_alt.clone() width="320" height="56"/></p>
                <label for="badge-code">{t!(lang, "profile-badge-code")}</label>
                // Leptos writes <textarea> content unescaped (RCDATA): escape it here.
                <textarea id="badge-code" readonly rows="3">{domain::text::escape_text(&badge_code)}</textarea>
            </section>
        })}
        </div>
        </div>
        {suggest_correction(&p.slug, &p.correction)}
    }
}

/// "Suggest a correction": a disclosure with a short form that lands in the staff inbox; open
/// when a refused post comes back, with a thank-you once sent.
fn suggest_correction(slug: &str, form: &crate::model::admin::FormState) -> impl IntoView {
    use crate::components::form::{input_field, section_form_messages, text_area};
    let lang = use_lang();
    let sent = leptos_router::hooks::use_query_map()
        .read_untracked()
        .get("correction")
        .is_some_and(|v| v == "sent");
    let open = !form.is_blank();
    view! {
        <section aria-labelledby="correction-title" id="correction" class="suggest">
            <h2 id="correction-title">{t!(lang, "correction-title")}</h2>
            {sent.then(|| view! { <p class="notice" role="status">{t!(lang, "correction-thanks")}</p> })}
            <details open=open>
                <summary>{t!(lang, "correction-summary")}</summary>
                {section_form_messages(form, &["what", "source", "contact"])}
                <form method="post" action=format!("{}#correction", lang.href(&format!("/signatories/{slug}/correction"))) class="stack public-form">
                    {text_area(form, "what", &t!(lang, "correction-what"), 4, Some(&t!(lang, "correction-what-hint")), true)}
                    {input_field(form, "source", &t!(lang, "correction-source"), "text", Some(&t!(lang, "correction-source-hint")), false)}
                    {input_field(form, "contact", &t!(lang, "correction-contact"), "text", Some(&t!(lang, "correction-contact-hint")), false)}
                    {crate::pages::process::honeypot()}
                    <button type="submit">{t!(lang, "correction-send")}</button>
                </form>
            </details>
        </section>
    }
}
