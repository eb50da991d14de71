//! `/admin/signings/new` (register a signing, with the places it will get before saving) and
//! `/admin/signings/{id}` (saved: its places, and "Draft a press release").

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::admin_frame;
use crate::api::admin::{get_day_order, get_saved_signing, get_signing_form};
use crate::components::form::{
    check_field, content_area, form_messages, input_field, select_field,
};
use crate::components::page_data::await_page;
use crate::components::signing_preview::SigningPreview;
use crate::i18n::{use_lang, Lang};
use crate::model::admin::{DayOrder, FormState, SavedSigning, SigningForm};
use crate::t;

/// The register-a-signing form.
#[component]
pub fn SigningScreen() -> impl IntoView {
    let query = use_query_map();
    await_page(
        move || {
            (
                query.read().get("signatory"),
                query.read().get("application"),
            )
        },
        |(signatory, application)| get_signing_form(signatory, application),
        signing_view,
    )
}

fn signing_view(s: SigningForm) -> impl IntoView {
    let form = s.form;
    let lang = use_lang();
    let mut who = vec![("new".to_owned(), t!(lang, "admin-new-signatory-option"))];
    who.extend(s.signatories);
    let body = view! {
        <h1>{t!(lang, "admin-nav-register")}</h1>
        <p>{t!(lang, "admin-signing-intro")}</p>
        {form_messages(&form)}
        <form method="post" action=lang.href("/api/admin/signings/register") class="stack admin-form" id="signing-form">
            {(!form.value("application").is_empty()).then(|| view! {
                <input type="hidden" name="f[application]" value=form.value("application")/>
                <p class="notice">
                    {t!(lang, "admin-signing-from-application")}" "
                    <a href=lang.href(&format!("/admin/applications/{}", form.value("application")))>{crate::model::process::application_reference(&form.value("application"))}</a>
                </p>
            })}
            <fieldset>
                <legend>{t!(lang, "admin-who-signed")}</legend>
                {select_field(&form, "signatory", &t!(lang, "admin-signatory"), &who, None, Some(&t!(lang, "admin-signatory-hint")))}
                <div class="new-signatory">
                    {input_field(&form, "name", &t!(lang, "admin-new-name"), "text", Some(&t!(lang, "admin-new-name-hint")), false)}
                    {select_field(&form, "country", &t!(lang, "admin-country"), &s.countries, Some(&t!(lang, "admin-choose-country")), None)}
                    {select_field(&form, "kind", &t!(lang, "admin-section-kind"), &s.kinds, Some(&t!(lang, "admin-choose-kind")), None)}
                    {check_field(&form, "national_capital", &t!(lang, "admin-national-capital"))}
                    {input_field(&form, "website", &t!(lang, "admin-website"), "url", Some(&t!(lang, "admin-website-hint")), false)}
                </div>
            </fieldset>
            <fieldset>
                <legend>{t!(lang, "admin-the-signing")}</legend>
                {select_field(&form, "edition", &t!(lang, "admin-edition-signed"), &s.editions, Some(&t!(lang, "admin-choose-edition")), None)}
                {check_field(&form, "edition_confirmed", &t!(lang, "admin-edition-confirmed"))}
                {detail_fields(&form, lang)}
            </fieldset>
            <SigningPreview
                lines=s.preview
                title=t!(lang, "admin-preview-title")
                empty=t!(lang, "admin-preview-empty")
                failed=t!(lang, "admin-preview-failed")
                lang=lang
            />
            <div class="actions">
                <button type="submit" formaction=lang.href("/api/admin/signings/preview") class="button-secondary">{t!(lang, "admin-preview")}</button>
                <button type="submit">{t!(lang, "admin-save-signing")}</button>
            </div>
        </form>
    };
    view! { <Title text=t!(lang, "admin-nav-register")/> {admin_frame(&s.me, "/admin/signings/new", body)} }
}

/// The signing's own facts, shared by the register and correction forms. Saved sources are
/// the registry's (English) content: marked so on other languages' screens.
fn detail_fields(form: &FormState, lang: Lang) -> impl IntoView {
    let content = (lang != Lang::En).then_some("en");
    view! {
        {input_field(form, "date", &t!(lang, "admin-date"), "text", Some(&t!(lang, "admin-signing-date-hint")), false)}
        {input_field(form, "not_before", &t!(lang, "admin-not-before"), "text", Some(&t!(lang, "admin-not-before-hint")), false)}
        {input_field(form, "not_after", &t!(lang, "admin-not-after"), "text", Some(&t!(lang, "admin-not-after-hint")), false)}
        {input_field(form, "position", &t!(lang, "admin-position"), "text", Some(&t!(lang, "admin-position-hint")), false)}
        {input_field(form, "event", &t!(lang, "admin-event"), "text", Some(&t!(lang, "admin-event-hint")), false)}
        {input_field(form, "place", &t!(lang, "admin-place"), "text", None, false)}
        {input_field(form, "signed_by_name", &t!(lang, "admin-signed-by"), "text", Some(&t!(lang, "admin-signed-by-hint")), false)}
        {input_field(form, "signed_by_title", &t!(lang, "admin-signer-title"), "text", None, false)}
        {input_field(form, "council_decision_on", &t!(lang, "admin-council-date"), "text", Some(&t!(lang, "admin-council-date-hint")), false)}
        {content_area(form, "sources", &t!(lang, "admin-sources"), 3, Some(&t!(lang, "admin-sources-hint")), false, content)}
        {input_field(form, "announced_ordinal", &t!(lang, "admin-announced"), "text", Some(&t!(lang, "admin-announced-hint")), false)}
        {input_field(form, "public_note", &t!(lang, "admin-public-note"), "text", Some(&t!(lang, "admin-public-note-hint")), false)}
    }
}

/// A saved signing.
#[component]
pub fn SavedSigningScreen() -> impl IntoView {
    let params = use_params_map();
    await_page(
        move || params.read().get("id").unwrap_or_default(),
        get_saved_signing,
        saved_view,
    )
}

fn saved_view(s: SavedSigning) -> impl IntoView {
    let lang = use_lang();
    let form = s.form.clone();
    let id = s.signing_id.to_string();
    let body = view! {
        <h1>{t!(lang, "admin-signing-saved-title", name = &s.name)}</h1>
        <p><a href=lang.href(&super::dashboard::history_href("signing", &id))>{t!(lang, "admin-history-link")}</a></p>
        <p class="notice" role="status">{match (s.held, &s.public_from) {
            (true, _) => t!(lang, "admin-signing-held"),
            (false, Some(when)) => t!(lang, "admin-signing-scheduled", when = when),
            (false, None) => t!(lang, "admin-signing-saved"),
        }}</p>
        <form method="post" action=lang.href("/api/admin/signings/hold")>
            <input type="hidden" name="id" value=s.signing_id.to_string()/>
            {if s.held {
                view! { <input type="hidden" name="hold" value="no"/><button type="submit" class="button-secondary">{t!(lang, "admin-signing-release")}</button> }.into_any()
            } else {
                view! { <input type="hidden" name="hold" value="yes"/><button type="submit" class="button-secondary">{t!(lang, "admin-signing-hold")}</button> }.into_any()
            }}
        </form>
        <h2>{t!(lang, "admin-its-places")}</h2>
        <ul>{s.lines.into_iter().map(|l| view! { <li>{t!(lang, "admin-place-line", name = &s.name, place = &l)}</li> }).collect_view()}</ul>
        <p><a href=lang.href(&format!("/signatories/{}", s.slug))>{t!(lang, "admin-see-profile")}</a></p>
        {s.release.map(|release| view! {
            <p><a href=lang.href(&format!("/admin/releases/{release}"))>{t!(lang, "admin-open-release")}</a></p>
        })}
        <form method="post" action=lang.href("/api/admin/releases/draft-from-signing")>
            <input type="hidden" name="signing" value=s.signing_id.to_string()/>
            {s.release.is_some().then(|| view! { <input type="hidden" name="another" value="yes"/> })}
            <button type="submit" class:button-secondary=s.release.is_some()>
                {if s.release.is_some() { t!(lang, "admin-draft-another-release") } else { t!(lang, "admin-draft-release") }}
            </button>
        </form>
        {signing_documents(lang, s.signing_id, s.documents)}
        {signing_media(lang, s.signing_id, s.media)}
        <h2 id="correct">{t!(lang, "admin-signing-correct")}</h2>
        {form_messages(&form)}
        <form method="post" action=lang.href("/api/admin/signings/update") class="stack admin-form">
            <input type="hidden" name="id" value=id.clone()/>
            {detail_fields(&form, lang)}
            <button type="submit">{t!(lang, "admin-signing-save-correction")}</button>
        </form>
        <h2 id="delete">{t!(lang, "admin-signing-delete-title")}</h2>
        <p>{t!(lang, "admin-signing-delete-explain")}</p>
        <form method="post" action=lang.href("/api/admin/signings/delete") class="stack">
            <input type="hidden" name="id" value=id/>
            {check_field(&form, "confirm", &t!(lang, "admin-signing-delete-confirm"))}
            <button type="submit" class="button-danger">{t!(lang, "admin-signing-delete")}</button>
        </form>
    };
    view! { <Title text=t!(lang, "admin-signing-saved-short")/> {admin_frame(&s.me, "", body)} }
}

/// A signing's documents (its signed charter scan) and the form that adds one.
fn signing_documents(
    lang: Lang,
    id: i32,
    docs: crate::model::process::SigningDocuments,
) -> impl IntoView {
    use crate::components::form::file_field;
    let form = docs.form;
    view! {
        <h2 id="documents">{t!(lang, "admin-signing-documents")}</h2>
        {docs.application.map(|(app, reference)| view! {
            <p>{t!(lang, "admin-signing-from-application")}" "<a href=lang.href(&format!("/admin/applications/{app}"))>{reference}</a></p>
        })}
        {form_messages(&form)}
        {(!docs.documents.is_empty()).then(|| super::applications::document_list(lang, docs.documents, true))}
        <form method="post" action=lang.href("/admin/signings/documents") enctype="multipart/form-data" class="stack admin-form">
            <input type="hidden" name="id" value=id.to_string()/>
            {file_field(&form, "file", &t!(lang, "admin-signing-scan"), Some(&t!(lang, "app-file-hint")))}
            {check_field(&form, "public", &t!(lang, "admin-signing-scan-public"))}
            <button type="submit">{t!(lang, "admin-signing-scan-add")}</button>
        </form>
    }
}

/// A signing's photos and press coverage, with the forms that add them.
fn signing_media(lang: Lang, id: i32, media: crate::model::process::SigningMedia) -> impl IntoView {
    use crate::components::form::{file_field, text_area};
    let (pf, cf) = (media.photo_form, media.coverage_form);
    let sid = id.to_string();
    view! {
        <h2 id="photos">{t!(lang, "admin-signing-photos")}</h2>
        {form_messages(&pf)}
        {media.photos.into_iter().map(|p| {
            let pid = p.id.to_string();
            view! {
                <div class="staff-photo">
                    {crate::components::photo::figure(p, "20rem")}
                    <form method="post" action=lang.href("/api/admin/photos/delete") class="inline">
                        <input type="hidden" name="id" value=pid/>
                        <button type="submit" class="button-secondary">{t!(lang, "admin-photo-delete")}</button>
                    </form>
                </div>
            }
        }).collect_view()}
        <form method="post" action=lang.href("/admin/signings/photos") enctype="multipart/form-data" class="stack admin-form">
            <input type="hidden" name="id" value=sid.clone()/>
            {file_field(&pf, "photo", &t!(lang, "admin-photo-file"), Some(&t!(lang, "admin-photo-file-hint")))}
            {text_area(&pf, "alt", &t!(lang, "admin-photo-alt"), 2, Some(&t!(lang, "admin-photo-alt-hint")), true)}
            {input_field(&pf, "credit", &t!(lang, "admin-photo-credit"), "text", Some(&t!(lang, "admin-photo-credit-hint")), true)}
            {input_field(&pf, "licence", &t!(lang, "admin-photo-licence"), "text", Some(&t!(lang, "admin-photo-licence-hint")), true)}
            <button type="submit">{t!(lang, "admin-photo-add")}</button>
        </form>
        <h2 id="coverage">{t!(lang, "coverage-title")}</h2>
        {form_messages(&cf)}
        {(!media.coverage.is_empty()).then(|| view! {
            <ul class="coverage">
                {media.coverage.into_iter().map(|c| view! {
                    <li>
                        <a href=c.url.clone() rel="external noopener">{c.title.clone()}</a>{format!(" — {}, {} ({})", c.outlet, c.date, c.language.to_uppercase())}
                        <form method="post" action=lang.href("/api/admin/coverage") class="inline">
                            <input type="hidden" name="id" value=c.id.to_string()/>
                            <input type="hidden" name="intent" value="delete"/>
                            <button type="submit" class="button-secondary">{t!(lang, "doc-delete")}</button>
                        </form>
                    </li>
                }).collect_view()}
            </ul>
        })}
        <form method="post" action=lang.href("/api/admin/coverage") class="stack admin-form">
            <input type="hidden" name="id" value=sid/>
            <input type="hidden" name="intent" value="add"/>
            {input_field(&cf, "outlet", &t!(lang, "admin-coverage-outlet"), "text", None, true)}
            {input_field(&cf, "published_on", &t!(lang, "admin-coverage-date"), "text", Some(&t!(lang, "app-ceremony-date-hint")), true)}
            {input_field(&cf, "title", &t!(lang, "admin-coverage-title"), "text", None, true)}
            {input_field(&cf, "url", &t!(lang, "admin-coverage-url"), "url", None, true)}
            {input_field(&cf, "language", &t!(lang, "admin-coverage-language"), "text", Some(&t!(lang, "admin-coverage-language-hint")), true)}
            <button type="submit">{t!(lang, "admin-coverage-add")}</button>
        </form>
    }
}

/// The signings of one day, ordered at once.
#[component]
pub fn DayOrderScreen() -> impl IntoView {
    let params = use_params_map();
    await_page(
        move || params.read().get("day").unwrap_or_default(),
        get_day_order,
        day_view,
    )
}

fn day_view(d: DayOrder) -> impl IntoView {
    let lang = use_lang();
    let form = d.form;
    let n = d.rows.len();
    let body = view! {
        <h1>{t!(lang, "admin-day-order-title", day = &d.day_text)}</h1>
        <p>{t!(lang, "admin-day-order-intro", n = n)}</p>
        {form_messages(&form)}
        <form method="post" action=lang.href("/api/admin/signings/order") class="stack admin-form">
            <input type="hidden" name="day" value=d.day.clone()/>
            {d.rows.into_iter().map(|r| view! {
                <div class="day-order-row">
                    {input_field(&form, &format!("position_{}", r.signing_id), &t!(lang, "admin-day-order-position", name = &r.name), "text", None, true)}
                    <a href=lang.href(&format!("/admin/signings/{}", r.signing_id))>{t!(lang, "admin-day-order-open", name = &r.name)}</a>
                </div>
            }).collect_view()}
            <button type="submit">{t!(lang, "admin-day-order-save")}</button>
        </form>
    };
    view! { <Title text=t!(lang, "admin-day-order-short")/> {admin_frame(&d.me, "", body)} }
}
