//! `/admin/applications` (the pipeline, by stage), `/admin/applications/{id}` (one application,
//! its documents and the form of its next step) and `/admin/corrections` (the inbox of
//! corrections readers suggest). Every step is a plain form; the ones that may carry a file
//! post `multipart/form-data` to `/admin/applications/step`.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::{admin_frame, filters_query, pager, sort_header, ListAddress};
use crate::api::admin::{get_application, get_application_list, get_correction_list};
use crate::components::form::{
    check_field, file_field, filter_select, form_messages, input_field, select_field, text_area,
};
use crate::components::page_data::await_page;
use crate::i18n::{use_lang, Lang};
use crate::model::process::{ApplicationList, ApplicationView, CorrectionList, DocumentLink};
use crate::t;

/// The pipeline: searched, filtered by stage, sorted and paged.
#[component]
pub fn ApplicationsScreen() -> impl IntoView {
    let query = use_query_map();
    await_page(
        move || {
            let q = query.read();
            [q.get("q"), q.get("stage"), q.get("sort"), q.get("page")]
        },
        |[q, stage, sort, page]| get_application_list(q, stage, sort, page),
        list_view,
    )
}

fn list_view(l: ApplicationList) -> impl IntoView {
    let lang = use_lang();
    let filters = filters_query(&[("q", &l.q), ("stage", &l.stage)]);
    let sorted = format!("{filters}sort={}", domain::directory::encode(&l.sort));
    let list = ListAddress {
        path: "/admin/applications",
        filters,
        sort: l.sort.clone(),
    };
    let current = l.stage.clone();
    let body = view! {
        <h1>{t!(lang, "admin-nav-applications")}</h1>
        <p>{t!(lang, "app-list-intro")}</p>
        <form method="get" action=lang.href("/admin/applications") class="filters" role="search">
            <div class="field">
                <label for="q">{t!(lang, "app-search")}</label>
                <input type="search" id="q" name="q" value=l.q.clone()/>
            </div>
            <div class="field">
                <label for="stage">{t!(lang, "app-filter-stage")}</label>
                <select id="stage" name="stage">
                    {l.stages.into_iter().map(|(value, label)| {
                        let selected = value == current;
                        view! { <option value=value selected=selected>{label}</option> }
                    }).collect_view()}
                </select>
            </div>
            <input type="hidden" name="sort" value=l.sort.clone()/>
            <button type="submit">{t!(lang, "admin-search")}</button>
        </form>
        <p role="status">{t!(lang, "app-count", n = l.total)}" "{t!(lang, "admin-page-of", page = l.page, pages = l.pages)}</p>
        <p><a href=lang.href(&format!("/admin/applications.csv?{sorted}"))>{t!(lang, "admin-list-csv")}</a></p>
        {if l.rows.is_empty() {
            view! { <p>{t!(lang, "app-none")}</p> }.into_any()
        } else {
            view! {
                <div class="table-wrap" tabindex="0" role="region" aria-label=t!(lang, "admin-table-scrolls")>
                    <table class="data">
                        <caption>{t!(lang, "app-caption")}</caption>
                        <thead><tr>
                            <th scope="col">{t!(lang, "app-reference")}</th>
                            {sort_header(&list, "city", t!(lang, "app-city"))}
                            {sort_header(&list, "country", t!(lang, "admin-country"))}
                            {sort_header(&list, "stage", t!(lang, "app-stage"))}
                            <th scope="col">{t!(lang, "app-next")}</th>
                            {sort_header(&list, "ceremony", t!(lang, "app-ceremony"))}
                            {sort_header(&list, "received", t!(lang, "app-received"))}
                        </tr></thead>
                        <tbody>
                            {l.rows.into_iter().map(|r| view! {
                                <tr>
                                    <td><a href=lang.href(&format!("/admin/applications/{}", r.id))>{r.reference}</a></td>
                                    <td>{r.city}</td>
                                    <td>{r.country}</td>
                                    <td>{r.stage}</td>
                                    <td>{r.next}</td>
                                    <td>{r.ceremony.unwrap_or_default()}</td>
                                    <td>{r.received}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            }.into_any()
        }}
        {pager(&list, l.page, l.pages)}
    };
    view! { <Title text=t!(lang, "admin-nav-applications")/> {admin_frame(&l.me, "/admin/applications", body)} }
}

/// One application.
#[component]
pub fn ApplicationScreen() -> impl IntoView {
    let params = use_params_map();
    await_page(
        move || params.read().get("id").unwrap_or_default(),
        get_application,
        application_view,
    )
}

/// A document list with the staff actions on each (make public, staff-only, delete).
pub fn document_list(lang: Lang, docs: Vec<DocumentLink>, can_publish: bool) -> impl IntoView {
    view! {
        <ul class="documents">
            {docs.into_iter().map(|d| {
                let id = d.id.to_string();
                view! {
                    <li>
                        <a href=lang.href(&d.href)>{d.label}</a>
                        {format!(" — {} ({})", d.file_name, d.size)}
                        {can_publish.then(|| view! {
                            " · "{if d.public { t!(lang, "doc-is-public") } else { t!(lang, "doc-is-staff-only") }}
                        })}
                        <form method="post" action=lang.href("/api/admin/documents/change") class="inline">
                            <input type="hidden" name="id" value=id.clone()/>
                            {can_publish.then(|| if d.public {
                                view! { <button type="submit" name="intent" value="private" class="button-secondary">{t!(lang, "doc-make-private")}</button> }.into_any()
                            } else {
                                view! { <button type="submit" name="intent" value="public" class="button-secondary">{t!(lang, "doc-make-public")}</button> }.into_any()
                            })}
                            <button type="submit" name="intent" value="delete" class="button-secondary">{t!(lang, "doc-delete")}</button>
                        </form>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}

fn application_view(a: ApplicationView) -> impl IntoView {
    let lang = use_lang();
    let form = a.form.clone();
    let id = a.id.to_string();
    let step = lang.href("/admin/applications/step");
    let outcomes = vec![
        ("declined".to_owned(), t!(lang, "app-stage-declined")),
        ("withdrawn".to_owned(), t!(lang, "app-stage-withdrawn")),
    ];
    let open = matches!(a.stage.as_str(), "intent" | "decision" | "ceremony");
    let body = view! {
        <h1>{t!(lang, "app-title", reference = &a.reference, city = &a.city)}</h1>
        <p>
            <strong>{a.stage_label.clone()}</strong>" · "
            <a href=lang.href(&super::dashboard::history_href("application", &a.reference))>{t!(lang, "admin-history-link")}</a>" · "
            <a href=lang.href("/admin/applications")>{t!(lang, "app-back")}</a>
        </p>
        {form_messages(&form)}
        <dl class="facts">
            <div><dt>{t!(lang, "app-city")}</dt><dd>{format!("{}, {}", a.city, a.country)}</dd></div>
            <div><dt>{t!(lang, "app-contact")}</dt><dd>{a.contact_name.clone()}" · "<a href=format!("mailto:{}", a.contact_email)>{a.contact_email.clone()}</a></dd></div>
            <div><dt>{t!(lang, "app-received")}</dt><dd>{a.received.clone()}</dd></div>
            {a.facts.into_iter().map(|(label, value)| view! { <div><dt>{label}</dt><dd>{value}</dd></div> }).collect_view()}
            {a.closed_reason.clone().map(|r| view! { <div><dt>{t!(lang, "app-reason")}</dt><dd>{r}</dd></div> })}
        </dl>
        {a.message.clone().map(|m| view! { <h2>{t!(lang, "app-message")}</h2><blockquote class="message">{m}</blockquote> })}
        {a.signing.clone().map(|(sid, title)| view! {
            <p><a href=lang.href(&format!("/admin/signings/{sid}"))>{title}</a></p>
        })}
        <h2>{t!(lang, "app-documents")}</h2>
        {if a.documents.is_empty() {
            view! { <p>{t!(lang, "app-no-documents")}</p> }.into_any()
        } else {
            document_list(lang, a.documents.clone(), false).into_any()
        }}
        {(a.stage == "intent" || a.stage == "decision").then(|| view! {
            <h2>{t!(lang, "app-step-decision")}</h2>
            <form method="post" action=step.clone() enctype="multipart/form-data" class="stack admin-form">
                <input type="hidden" name="id" value=id.clone()/>
                <input type="hidden" name="intent" value="decision"/>
                {input_field(&form, "council_decision_on", &t!(lang, "app-decision-date"), "text", Some(&t!(lang, "join-decision-date-hint")), true)}
                {file_field(&form, "file", &t!(lang, "join-decision-file"), Some(&t!(lang, "app-file-hint")))}
                <button type="submit">{t!(lang, "app-record-decision")}</button>
            </form>
        })}
        {(a.stage == "decision" || a.stage == "ceremony").then(|| view! {
            <h2>{t!(lang, "app-step-ceremony")}</h2>
            <form method="post" action=step.clone() enctype="multipart/form-data" class="stack admin-form">
                <input type="hidden" name="id" value=id.clone()/>
                <input type="hidden" name="intent" value="ceremony"/>
                {input_field(&form, "ceremony_on", &t!(lang, "app-ceremony-date"), "text", Some(&t!(lang, "app-ceremony-date-hint")), true)}
                {input_field(&form, "ceremony_time", &t!(lang, "app-ceremony-time"), "text", Some(&t!(lang, "app-ceremony-time-hint")), false)}
                {input_field(&form, "ceremony_place", &t!(lang, "app-ceremony-place"), "text", Some(&t!(lang, "app-ceremony-place-hint")), true)}
                {input_field(&form, "ceremony_signer", &t!(lang, "app-ceremony-signer"), "text", Some(&t!(lang, "app-ceremony-signer-hint")), false)}
                {check_field(&form, "announced", &t!(lang, "app-ceremony-announced"))}
                <button type="submit">{t!(lang, "app-plan-ceremony")}</button>
            </form>
        })}
        {open.then(|| view! {
            <h2>{t!(lang, "app-step-signed")}</h2>
            <p>{t!(lang, "app-step-signed-intro")}</p>
            <p><a class="button" href=lang.href(&a.register_href)>{t!(lang, "app-register-signing")}</a></p>
            <h2>{t!(lang, "app-step-close")}</h2>
            <form method="post" action=step.clone() enctype="multipart/form-data" class="stack admin-form">
                <input type="hidden" name="id" value=id.clone()/>
                <input type="hidden" name="intent" value="close"/>
                {select_field(&form, "outcome", &t!(lang, "app-outcome"), &outcomes, Some(&t!(lang, "app-choose-outcome")), None)}
                {text_area(&form, "reason", &t!(lang, "app-reason"), 2, Some(&t!(lang, "app-reason-hint")), true)}
                <button type="submit" class="button-danger">{t!(lang, "app-close")}</button>
            </form>
        })}
    };
    view! { <Title text=t!(lang, "app-title-short", reference = &a.reference)/> {admin_frame(&a.me, "/admin/applications", body)} }
}

/// The inbox of suggested corrections.
#[component]
pub fn CorrectionsScreen() -> impl IntoView {
    let query = use_query_map();
    await_page(
        move || {
            let q = query.read();
            [q.get("q"), q.get("state"), q.get("sort"), q.get("page")]
        },
        |[q, state, sort, page]| get_correction_list(q, state, sort, page),
        corrections_view,
    )
}

fn corrections_view(l: CorrectionList) -> impl IntoView {
    let lang = use_lang();
    let filters = filters_query(&[("q", &l.q), ("state", &l.state)]);
    let sorted = format!("{filters}sort={}", domain::directory::encode(&l.sort));
    let list = ListAddress {
        path: "/admin/corrections",
        filters,
        sort: l.sort.clone(),
    };
    let states = vec![
        ("waiting".to_owned(), t!(lang, "corrections-open")),
        ("handled".to_owned(), t!(lang, "corrections-handled")),
    ];
    let orders = vec![
        ("waiting".to_owned(), t!(lang, "corrections-sort-waiting")),
        ("-received".to_owned(), t!(lang, "corrections-sort-newest")),
        ("received".to_owned(), t!(lang, "corrections-sort-oldest")),
        (
            "signatory".to_owned(),
            t!(lang, "corrections-sort-signatory"),
        ),
    ];
    let body = view! {
        <h1>{t!(lang, "admin-nav-corrections")}</h1>
        <p>{t!(lang, "corrections-intro")}</p>
        {form_messages(&l.form)}
        <form method="get" action=lang.href("/admin/corrections") class="filters" role="search">
            <div class="field">
                <label for="q">{t!(lang, "corrections-search")}</label>
                <input type="search" id="q" name="q" value=l.q.clone()/>
            </div>
            {filter_select("state".into(), "state", t!(lang, "admin-state"), t!(lang, "admin-any-state"), states, &l.state)}
            <div class="field">
                <label for="sort">{t!(lang, "corrections-order")}</label>
                <select id="sort" name="sort">
                    {orders.into_iter().map(|(value, label)| {
                        let selected = value == l.sort;
                        view! { <option value=value selected=selected>{label}</option> }
                    }).collect_view()}
                </select>
            </div>
            <button type="submit">{t!(lang, "admin-search")}</button>
        </form>
        <p role="status">{t!(lang, "corrections-count", n = l.total)}" "{t!(lang, "admin-page-of", page = l.page, pages = l.pages)}</p>
        <p><a href=lang.href(&format!("/admin/corrections.csv?{sorted}"))>{t!(lang, "admin-list-csv")}</a></p>
        {if l.rows.is_empty() {
            view! { <p>{t!(lang, "corrections-none")}</p> }.into_any()
        } else {
            view! {
                <ul class="inbox">
                    {l.rows.into_iter().map(|r| view! {
                        <li class:handled=r.handled>
                            <p>
                                <a href=lang.href(&r.signatory_href)>{r.signatory}</a>
                                {format!(" · {} · ", r.received)}
                                {if r.handled { t!(lang, "corrections-handled") } else { t!(lang, "corrections-open") }}
                            </p>
                            <blockquote class="message">{r.what}</blockquote>
                            {r.source.map(|s| view! { <p>{t!(lang, "correction-source")}": "<code>{s}</code></p> })}
                            {r.contact.map(|c| view! { <p>{t!(lang, "correction-contact")}": "{c}</p> })}
                            <form method="post" action=lang.href("/api/admin/corrections/mark") class="inline">
                                <input type="hidden" name="id" value=r.id.to_string()/>
                                {if r.handled {
                                    view! { <input type="hidden" name="handled" value="no"/><button type="submit" class="button-secondary">{t!(lang, "corrections-reopen")}</button> }.into_any()
                                } else {
                                    view! { <input type="hidden" name="handled" value="yes"/><button type="submit">{t!(lang, "corrections-mark-handled")}</button> }.into_any()
                                }}
                            </form>
                        </li>
                    }).collect_view()}
                </ul>
            }.into_any()
        }}
        {pager(&list, l.page, l.pages)}
    };
    view! { <Title text=t!(lang, "admin-nav-corrections")/> {admin_frame(&l.me, "/admin/corrections", body)} }
}

/// The media kit's press contacts.
#[component]
pub fn MediaContactsScreen() -> impl IntoView {
    await_page(
        || (),
        |()| crate::api::admin::get_media_contacts(),
        media_contacts_view,
    )
}

fn media_contacts_view(page: crate::model::process::MediaContactsPage) -> impl IntoView {
    let lang = use_lang();
    let form = page.form;
    let action = lang.href("/api/admin/media/contacts");
    let body = view! {
        <h1>{t!(lang, "admin-nav-media")}</h1>
        <p>{t!(lang, "media-admin-intro")}" "<a href=lang.href("/newsroom/media")>{t!(lang, "admin-public-page")}</a></p>
        {form_messages(&form)}
        {if page.contacts.is_empty() {
            view! { <p>{t!(lang, "media-no-contacts")}</p> }.into_any()
        } else {
            view! {
                <ul class="inbox">
                    {page.contacts.into_iter().map(|c| view! {
                        <li>
                            <p><strong>{c.name.clone()}</strong>{format!(", {} · {}", c.role, c.email)}{c.phone.map(|p| format!(" · {p}"))}</p>
                            <p><a href=lang.href(&format!("/admin/media/contacts/{}", c.id))>{t!(lang, "media-edit-contact", name = &c.name)}</a></p>
                        </li>
                    }).collect_view()}
                </ul>
            }.into_any()
        }}
        <h2>{t!(lang, "media-add-contact")}</h2>
        <form method="post" action=action.clone() class="stack admin-form">
            <input type="hidden" name="intent" value="add"/>
            {input_field(&form, "name", &t!(lang, "media-contact-name"), "text", None, true)}
            {input_field(&form, "role", &t!(lang, "media-contact-role"), "text", Some(&t!(lang, "media-contact-role-hint")), true)}
            {input_field(&form, "email", &t!(lang, "media-contact-email"), "email", None, true)}
            {input_field(&form, "phone", &t!(lang, "media-contact-phone"), "tel", Some(&t!(lang, "media-contact-phone-hint")), false)}
            <button type="submit">{t!(lang, "media-add-contact")}</button>
        </form>
        <h2 id="logos">{t!(lang, "media-logos")}</h2>
        {form_messages(&page.logo_form)}
        {(!page.logos.is_empty()).then(|| view! {
            <ul class="inbox">
                {page.logos.into_iter().map(|l| view! {
                    <li>
                        <p><a href=l.href.clone()>{l.name.clone()}</a>{format!(" ({})", l.size)}</p>
                        <form method="post" action=lang.href("/api/admin/media/logos/delete") class="inline">
                            <input type="hidden" name="id" value=l.id.to_string()/>
                            <button type="submit" class="button-secondary">{t!(lang, "media-remove", name = &l.name)}</button>
                        </form>
                    </li>
                }).collect_view()}
            </ul>
        })}
        <form method="post" action=lang.href("/admin/media/logos") enctype="multipart/form-data" class="stack admin-form">
            {file_field(&page.logo_form, "logo", &t!(lang, "media-logo-file"), Some(&t!(lang, "media-logo-file-hint")))}
            {input_field(&page.logo_form, "logo_name", &t!(lang, "media-logo-name"), "text", Some(&t!(lang, "media-logo-name-hint")), true)}
            <button type="submit">{t!(lang, "media-logo-add")}</button>
        </form>
    };
    view! { <Title text=t!(lang, "admin-nav-media")/> {admin_frame(&page.me, "/admin/media", body)} }
}

/// One press contact: edit, or delete once confirmed.
#[component]
pub fn MediaContactScreen() -> impl IntoView {
    let params = use_params_map();
    await_page(
        move || params.read().get("id").unwrap_or_default(),
        crate::api::admin::get_media_contact,
        media_contact_view,
    )
}

fn media_contact_view(c: crate::model::process::MediaContactEdit) -> impl IntoView {
    let lang = use_lang();
    let form = c.form;
    let action = lang.href("/api/admin/media/contacts");
    let body = view! {
        <h1>{t!(lang, "admin-edit-named", name = &c.name)}</h1>
        <p>
            <a href=lang.href("/admin/media")>{t!(lang, "media-all-contacts")}</a>" · "
            <a href=lang.href("/newsroom/media")>{t!(lang, "admin-public-page")}</a>" · "
            <a href=lang.href(&super::dashboard::history_href("media_contact", &c.id.to_string()))>{t!(lang, "admin-history-link")}</a>
        </p>
        {form_messages(&form)}
        <form method="post" action=action.clone() class="stack admin-form">
            <input type="hidden" name="intent" value="save"/>
            <input type="hidden" name="id" value=c.id.to_string()/>
            {input_field(&form, "name", &t!(lang, "media-contact-name"), "text", None, true)}
            {input_field(&form, "role", &t!(lang, "media-contact-role"), "text", Some(&t!(lang, "media-contact-role-hint")), true)}
            {input_field(&form, "email", &t!(lang, "media-contact-email"), "email", None, true)}
            {input_field(&form, "phone", &t!(lang, "media-contact-phone"), "tel", Some(&t!(lang, "media-contact-phone-hint")), false)}
            <button type="submit">{t!(lang, "admin-save")}</button>
        </form>
        <h2>{t!(lang, "media-contact-delete")}</h2>
        <p>{t!(lang, "media-contact-delete-intro")}</p>
        <form method="post" action=action class="stack admin-form">
            <input type="hidden" name="intent" value="delete"/>
            <input type="hidden" name="id" value=c.id.to_string()/>
            {check_field(&form, "confirm_delete", &t!(lang, "media-contact-delete-confirm"))}
            <button type="submit" class="button-danger">{t!(lang, "media-contact-delete-submit")}</button>
        </form>
    };
    view! { <Title text=t!(lang, "media-contact-title")/> {admin_frame(&c.me, "/admin/media", body)} }
}
