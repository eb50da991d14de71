//! `/admin/record`: every announced statement checked against the registry (with what it
//! pinned and where it conflicts), and the unidentified signatories the statements imply.

use leptos::prelude::*;
use leptos_meta::Title;

use super::admin_frame;
use crate::api::admin::get_record;
use crate::components::form::{form_messages, input_field, select_field, text_area};
use crate::components::page_data::await_page;
use crate::i18n::use_lang;
use crate::model::admin::{FormState, RecordScreen, RecordStatement, RecordUnidentified};
use crate::t;

/// The record screen.
#[component]
pub fn RecordScreenPage() -> impl IntoView {
    await_page(|| (), |()| get_record(), record_view)
}

fn statement_item(form: &FormState, s: RecordStatement) -> impl IntoView {
    let lang = use_lang();
    let action = lang.href("/api/admin/record/change");
    let reason = format!("reason-{}", s.id);
    view! {
        <li class=format!("record-item record-{}", s.state) id=format!("statement-{}", s.id)>
            <p class="record-head">
                <span class="tag">{s.state_label}</span>" "
                <strong>{format!("#{}", s.id)}</strong>" · "{s.date}" · "
                {s.subject.map(|n| view! { <span>{n}" · "</span> })}
                <span class="source" lang="en">{s.source}</span>
            </p>
            <blockquote lang="en"><p>{s.statement}</p></blockquote>
            {s.note.map(|n| view! { <p class="note" lang="en">{n}</p> })}
            <p><span class="label">{t!(lang, "admin-record-claims")}</span>" "
                {if s.claims.is_empty() { t!(lang, "admin-record-no-claims") } else { s.claims.clone() }}
            </p>
            {s.claims_error.map(|e| view! { <p class="field-error">{e}</p> })}
            <ul>
                {s.lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}
                {s.pins.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}
                {(!s.conflicts_with.is_empty()).then(|| {
                    let ids: Vec<String> = s.conflicts_with.iter().map(|i| format!("#{i}")).collect();
                    view! { <li>{t!(lang, "admin-record-conflicts", ids = &ids.join(", "))}</li> }
                })}
            </ul>
            {match s.set_aside.clone() {
                Some(why) => view! {
                    <p>{t!(lang, "admin-record-set-aside-because", reason = &why)}</p>
                    <form method="post" action=action.clone() class="inline">
                        <input type="hidden" name="action" value="set-aside"/>
                        <input type="hidden" name="f[id]" value=s.id.to_string()/>
                        <input type="hidden" name="f[restore]" value="yes"/>
                        <button type="submit" class="button-secondary">{t!(lang, "admin-record-restore")}</button>
                    </form>
                }.into_any(),
                None => view! {
                    <form method="post" action=action.clone() class="inline-form">
                        <input type="hidden" name="action" value="set-aside"/>
                        <input type="hidden" name="f[id]" value=s.id.to_string()/>
                        {input_field(form, &reason, &t!(lang, "admin-record-reason"), "text", None, false)}
                        <button type="submit" class="button-secondary">{t!(lang, "admin-record-set-aside")}</button>
                    </form>
                }.into_any(),
            }}
            {s.fill.map(|(claim, n)| view! {
                <form method="post" action=action.clone() class="inline">
                    <input type="hidden" name="action" value="fill"/>
                    <input type="hidden" name="f[id]" value=s.id.to_string()/>
                    <input type="hidden" name="f[claim]" value=claim.to_string()/>
                    <button type="submit" class="button">{t!(lang, "admin-record-fill", n = n)}</button>
                </form>
            })}
        </li>
    }
}

fn unidentified_row(
    form: &FormState,
    u: RecordUnidentified,
    choices: &[(String, String)],
) -> impl IntoView {
    let lang = use_lang();
    let field = format!("target-{}", u.id);
    view! {
        <tr id=format!("unidentified-{}", u.id)>
            <th scope="row">{format!("#{}", u.id)}</th>
            <td>{u.place}</td>
            <td>{u.recorded}<br/><span class="small">{t!(lang, "admin-record-counted-as", range = &u.counted_as)}</span></td>
            <td>{u.flags}</td>
            <td lang="en">{u.derivation}{u.statement_id.map(|i| format!(" (#{i})"))}</td>
            <td>
                <form method="post" action=lang.href("/api/admin/record/change")>
                    <input type="hidden" name="action" value="merge"/>
                    <input type="hidden" name="f[id]" value=u.id.to_string()/>
                    {select_field(form, &field, &t!(lang, "admin-record-merge-into"), choices, Some(&t!(lang, "admin-record-choose")), None)}
                    <button type="submit" class="button-secondary">{t!(lang, "admin-record-merge")}</button>
                </form>
            </td>
        </tr>
    }
}

fn record_view(s: RecordScreen) -> impl IntoView {
    let lang = use_lang();
    let form = s.form;
    let choices = s.signatories;
    let body = view! {
        <h1>{t!(lang, "admin-nav-record")}</h1>
        <p>{t!(lang, "admin-record-intro")}" "<a href=lang.href("/about/counting")>{t!(lang, "headline-how")}</a></p>
        {form_messages(&form)}
        <h2>{t!(lang, "admin-record-statements", n = s.statements.len())}</h2>
        <ol class="record">
            {s.statements.into_iter().map(|st| statement_item(&form, st)).collect_view()}
        </ol>
        <h2>{t!(lang, "admin-record-unidentified", n = s.unidentified.len())}</h2>
        <p>{t!(lang, "admin-record-unidentified-intro")}</p>
        <div class="table-wrap" tabindex="0" role="region" aria-label=t!(lang, "admin-table-scrolls")>
            <table class="data">
                <caption>{t!(lang, "admin-record-unidentified", n = s.unidentified.len())}</caption>
                <thead><tr>
                    <th scope="col">"#"</th>
                    <th scope="col">{t!(lang, "column-place")}</th>
                    <th scope="col">{t!(lang, "column-signed")}</th>
                    <th scope="col">{t!(lang, "admin-record-flags-title")}</th>
                    <th scope="col">{t!(lang, "admin-record-derivation-title")}</th>
                    <th scope="col">{t!(lang, "admin-record-merge")}</th>
                </tr></thead>
                <tbody>
                    {s.unidentified.into_iter().map(|u| unidentified_row(&form, u, &choices)).collect_view()}
                </tbody>
            </table>
        </div>
        <h2 id="add-statement">{t!(lang, "admin-record-add")}</h2>
        <form method="post" action=lang.href("/api/admin/record/change") class="stack admin-form">
            <input type="hidden" name="action" value="add"/>
            {text_area(&form, "statement", &t!(lang, "admin-record-statement"), 3, None, true)}
            {input_field(&form, "event_date", &t!(lang, "admin-record-date"), "text", Some(&t!(lang, "admin-record-date-hint")), true)}
            {input_field(&form, "source", &t!(lang, "admin-record-source"), "text", None, true)}
            {select_field(&form, "subject", &t!(lang, "admin-record-subject"), &choices, Some(&t!(lang, "admin-record-no-subject")), None)}
            {input_field(&form, "claims", &t!(lang, "admin-record-claims"), "text", Some(&t!(lang, "admin-record-claims-hint")), false)}
            <button type="submit" class="button primary">{t!(lang, "admin-record-add-button")}</button>
        </form>
    };
    view! {
        <Title text=t!(lang, "admin-nav-record")/>
        {admin_frame(&s.me, "/admin/record", body)}
    }
}
