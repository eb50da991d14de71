//! Documents attached to applications and signings: council decisions and signed charter
//! scans. Their bytes are a [`blob`](crate::ssr::entities::blob), checked by
//! [`crate::ssr::files`]; their names are chosen here. Staff see every document; the public sees
//! a signing's document once staff make it public and the signing itself is public.

use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
};
use serde_json::json;
use std::collections::BTreeMap;

use crate::error::AppError;
use crate::i18n::Lang;
use crate::model::process::DocumentLink;
use crate::ssr::audit::record;
use crate::ssr::db::begin_write;
use crate::ssr::entities::states::DocumentKind;
use crate::ssr::entities::{blob, document, signing};
use crate::ssr::files::{check_file, store_blob, CheckedFile, FileProblem};
use crate::ssr::forms::{FormReader, Written};
use crate::ssr::state::Ctx;
use crate::ssr::AppState;
use crate::t;

/// A file as sent: the name the sender's computer gave it, and its bytes.
#[derive(Clone, Debug)]
pub struct Sent {
    pub name: String,
    pub bytes: Vec<u8>,
}

impl Sent {
    /// `None` for a file field left empty (browsers send a part with no name and no bytes).
    #[must_use]
    pub fn chosen(name: String, bytes: Vec<u8>) -> Option<Self> {
        (!name.is_empty() || !bytes.is_empty()).then_some(Self { name, bytes })
    }

    /// [`check_file`] on a blocking thread (an image is decoded and encoded again).
    ///
    /// # Errors
    /// Why it is refused.
    pub async fn check(self) -> Result<CheckedFile, FileProblem> {
        tokio::task::spawn_blocking(move || check_file(&self.name, &self.bytes))
            .await
            .unwrap_or(Err(FileProblem::BrokenImage))
    }
}

fn kind_slug(kind: DocumentKind) -> &'static str {
    match kind {
        DocumentKind::CouncilDecision => "council-decision",
        DocumentKind::SignedCharter => "signed-charter",
    }
}

/// What a document is, in words.
#[must_use]
pub fn kind_label(kind: DocumentKind, lang: Lang) -> String {
    match kind {
        DocumentKind::CouncilDecision => t!(lang, "doc-council-decision"),
        DocumentKind::SignedCharter => t!(lang, "doc-signed-charter"),
    }
}

/// Stores `file` and attaches it to an application or a signing, under a name of the server's
/// choosing (`signed-charter-1a2b3c4d.pdf`).
///
/// # Errors
/// Database errors.
pub async fn attach<C: ConnectionTrait>(
    db: &C,
    file: &CheckedFile,
    kind: DocumentKind,
    application_id: Option<i32>,
    signing_id: Option<i32>,
    now: time::OffsetDateTime,
) -> Result<document::Model, DbErr> {
    let sha = store_blob(db, file, now).await?;
    document::ActiveModel {
        file_name: Set(format!(
            "{}-{}.{}",
            kind_slug(kind),
            &sha[..8],
            file.extension
        )),
        blob_sha256: Set(sha),
        kind: Set(kind),
        application_id: Set(application_id),
        signing_id: Set(signing_id),
        public: Set(false),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await
}

/// "PDF, 1.2 MB".
#[must_use]
pub fn size_words(size: i64, media_type: &str, lang: Lang) -> String {
    let kind = match media_type {
        "application/pdf" => "PDF",
        "image/png" => "PNG",
        _ => "JPEG",
    };
    #[allow(clippy::cast_precision_loss)]
    let kb = size as f64 / 1024.0;
    let amount = if kb < 1024.0 {
        format!("{} kB", kb.ceil())
    } else {
        let mb = format!("{:.1}", kb / 1024.0);
        format!(
            "{} MB",
            if lang == Lang::Fr {
                mb.replace('.', ",")
            } else {
                mb
            }
        )
    };
    format!("{kind}, {amount}")
}

/// The documents of an application or of a signing, oldest first, as staff links.
///
/// # Errors
/// Database errors.
pub async fn documents_of<C: ConnectionTrait>(
    db: &C,
    application_id: Option<i32>,
    signing_id: Option<i32>,
    lang: Lang,
) -> Result<Vec<DocumentLink>, DbErr> {
    let mut query = document::Entity::find().order_by_asc(document::Column::Id);
    query = match (application_id, signing_id) {
        (Some(a), _) => query.filter(document::Column::ApplicationId.eq(a)),
        (None, Some(s)) => query.filter(document::Column::SigningId.eq(s)),
        (None, None) => return Ok(Vec::new()),
    };
    let docs = query.all(db).await?;
    let mut out = Vec::with_capacity(docs.len());
    for d in docs {
        let stored = blob_facts(db, &d.blob_sha256).await?;
        out.push(DocumentLink {
            id: d.id,
            label: kind_label(d.kind, lang),
            href: format!("/admin/files/{}/{}", d.id, d.file_name),
            file_name: d.file_name,
            size: size_words(stored.0, &stored.1, lang),
            public: d.public,
        });
    }
    Ok(out)
}

/// A blob's size and type, without its bytes.
async fn blob_facts<C: ConnectionTrait>(db: &C, sha: &str) -> Result<(i64, String), DbErr> {
    let row = blob::Entity::find_by_id(sha.to_owned())
        .select_only()
        .column(blob::Column::Size)
        .column(blob::Column::MediaType)
        .into_tuple::<(i64, String)>()
        .one(db)
        .await?;
    Ok(row.unwrap_or((0, String::new())))
}

/// The public documents of the signings the public may see: `signing id → links`.
///
/// # Errors
/// Database errors.
pub async fn public_documents<C: ConnectionTrait>(
    db: &C,
    signing_ids: &[i32],
    lang: Lang,
) -> Result<BTreeMap<i32, Vec<DocumentLink>>, DbErr> {
    let mut out: BTreeMap<i32, Vec<DocumentLink>> = BTreeMap::new();
    if signing_ids.is_empty() {
        return Ok(out);
    }
    let docs = document::Entity::find()
        .filter(document::Column::Public.eq(true))
        .filter(document::Column::SigningId.is_in(signing_ids.iter().copied()))
        .order_by_asc(document::Column::Id)
        .all(db)
        .await?;
    for d in docs {
        let Some(signing_id) = d.signing_id else {
            continue;
        };
        let stored = blob_facts(db, &d.blob_sha256).await?;
        out.entry(signing_id).or_default().push(DocumentLink {
            id: d.id,
            label: kind_label(d.kind, lang),
            href: format!("/files/{}/{}", d.id, d.file_name),
            file_name: d.file_name,
            size: size_words(stored.0, &stored.1, lang),
            public: true,
        });
    }
    Ok(out)
}

/// A document and its blob, for staff.
///
/// # Errors
/// Database errors.
pub async fn staff_file<C: ConnectionTrait>(
    db: &C,
    id: i32,
) -> Result<Option<(document::Model, blob::Model)>, DbErr> {
    let Some(doc) = document::Entity::find_by_id(id).one(db).await? else {
        return Ok(None);
    };
    let stored = blob::Entity::find_by_id(doc.blob_sha256.clone())
        .one(db)
        .await?;
    Ok(stored.map(|b| (doc, b)))
}

/// A document and its blob, when the public may have it: staff made it public and its signing
/// is public now (its embargo passed, not held back).
///
/// # Errors
/// Database errors.
pub async fn public_file(
    state: &AppState,
    id: i32,
) -> Result<Option<(document::Model, blob::Model)>, DbErr> {
    let Some(doc) = document::Entity::find_by_id(id).one(&state.db).await? else {
        return Ok(None);
    };
    let Some(signing_id) = doc.signing_id.filter(|_| doc.public) else {
        return Ok(None);
    };
    let snapshot = state
        .snapshots
        .current(&state.db, state.clock.now())
        .await?;
    if !snapshot.signings().iter().any(|s| s.id == signing_id) {
        return Ok(None);
    }
    staff_file(&state.db, id).await
}

/// The reader of a form about signing `signing_id` (its documents, photos, coverage).
///
/// # Errors
/// `NotFound` when there is no such signing; database errors.
pub async fn signing_form<'a>(
    ctx: &Ctx<'_>,
    signing_id: i32,
    name: String,
    f: &'a BTreeMap<String, String>,
) -> Result<FormReader<'a>, AppError> {
    signing::Entity::find_by_id(signing_id)
        .one(ctx.db())
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(FormReader::new(name, f, ctx.lang))
}

/// Attaches a signed charter scan to signing `signing_id` (public at once when `f[public]`
/// says so).
///
/// # Errors
/// `NotFound`; database errors (nothing saved then).
pub async fn upload_to_signing(
    ctx: &Ctx<'_>,
    signing_id: i32,
    f: &BTreeMap<String, String>,
    file: Option<Sent>,
) -> Result<Written<()>, AppError> {
    let db = ctx.db();
    let mut form = signing_form(
        ctx,
        signing_id,
        format!("signing-documents-{signing_id}"),
        f,
    )
    .await?;
    let checked = match file {
        None => {
            form.fail_with("file", "msg-file-choose");
            None
        }
        Some(sent) => match sent.check().await {
            Ok(file) => Some(file),
            Err(problem) => {
                form.fail_with("file", problem.msg());
                None
            }
        },
    };
    let Some(file) = checked else {
        return Ok(form.refused("msg-file-not-saved"));
    };
    let public = form.get("public") == "yes";
    let txn = begin_write(db).await?;
    let saved = attach(
        &txn,
        &file,
        DocumentKind::SignedCharter,
        None,
        Some(signing_id),
        ctx.now,
    )
    .await?;
    let mut active: document::ActiveModel = saved.clone().into();
    active.public = Set(public);
    active.update(&txn).await?;
    super::media::commit_on_signing(
        txn,
        ctx,
        "document.create",
        signing_id,
        json!({"document": saved.file_name, "public": public}),
    )
    .await?;
    Ok(Written::saved(
        (),
        t!(ctx.lang, "msg-file-saved", name = &saved.file_name),
    ))
}

/// Makes a document public or staff-only, or deletes it (`intent` = `public`, `private`,
/// `delete`); returns the page it belongs to.
///
/// # Errors
/// `NotFound`, `BadRequest` (unknown intent); database errors (nothing saved then).
pub async fn change_document(
    ctx: &Ctx<'_>,
    id: i32,
    intent: &str,
) -> Result<Written<String>, AppError> {
    let db = ctx.db();
    let doc = document::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let back = match (doc.signing_id, doc.application_id) {
        (Some(s), _) => format!("/admin/signings/{s}"),
        (None, Some(a)) => format!("/admin/applications/{a}"),
        (None, None) => "/admin".to_owned(),
    };
    let (kind, target) = match (doc.signing_id, doc.application_id) {
        (Some(s), _) => ("signing", s.to_string()),
        (None, Some(a)) => ("application", super::join::reference(a)),
        (None, None) => ("document", id.to_string()),
    };
    let txn = begin_write(db).await?;
    let (action, notice) = match intent {
        "public" | "private" => {
            let public = intent == "public";
            let mut active: document::ActiveModel = doc.clone().into();
            active.public = Set(public);
            active.update(&txn).await?;
            (
                "document.visibility",
                if public {
                    t!(ctx.lang, "msg-file-public", name = &doc.file_name)
                } else {
                    t!(ctx.lang, "msg-file-private", name = &doc.file_name)
                },
            )
        }
        "delete" => {
            document::Entity::delete_by_id(id).exec(&txn).await?;
            super::media::drop_blob_if_unused(&txn, &doc.blob_sha256).await?;
            (
                "document.delete",
                t!(ctx.lang, "msg-file-deleted", name = &doc.file_name),
            )
        }
        _ => {
            txn.rollback().await?;
            return Err(AppError::BadRequest(crate::i18n::Msg::new(
                "msg-unknown-action",
            )));
        }
    };
    record(
        &txn,
        ctx.now,
        ctx.actor,
        action,
        kind,
        Some(target),
        Some(json!({"document": doc.file_name, "public": doc.public})),
        (intent != "delete")
            .then(|| json!({"document": doc.file_name, "public": intent == "public"})),
    )
    .await?;
    // Recorded against its signing, a public kind: cached profiles follow at once.
    txn.commit().await?;
    Ok(Written::saved(back, notice))
}
