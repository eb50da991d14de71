//! The browser bundle (`pkg/`: CSS, JS, wasm) under a URL that names its content:
//! `/assets/<hash>/pkg/<file>`, cached by browsers for a year (`immutable`), each file kept in
//! memory as identity, gzip and brotli bytes after its first request.

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::page_cache::Encoding;
use axum::{
    body::{Body, Bytes},
    extract::{Path as UrlPath, State},
    http::{header, HeaderMap, HeaderValue, StatusCode},
    response::{IntoResponse, Response},
    routing::get,
    Router,
};

/// One file of the bundle, ready in every encoding.
struct Asset {
    content_type: &'static str,
    identity: Bytes,
    gzip: Bytes,
    br: Bytes,
}

/// The bundle of this build: its folder, its hash and the files served so far.
#[derive(Clone)]
pub struct Bundle {
    pkg: PathBuf,
    hash: String,
    /// Every servable file of the folder (read once at start), compressed on first use.
    files: Arc<HashMap<String, tokio::sync::OnceCell<Arc<Asset>>>>,
}

impl Bundle {
    /// Hashes the files of `<site_root>/pkg` (names and bytes); a missing folder hashes as empty.
    #[must_use]
    pub fn open(site_root: &str) -> Self {
        let pkg = Path::new(site_root).join("pkg");
        let mut names: Vec<PathBuf> = std::fs::read_dir(&pkg)
            .map(|dir| dir.filter_map(|e| Some(e.ok()?.path())).collect())
            .unwrap_or_default();
        names.sort();
        let mut all = Vec::new();
        for path in &names {
            all.extend_from_slice(path.file_name().map_or(&[][..], |n| n.as_encoded_bytes()));
            all.extend_from_slice(&std::fs::read(path).unwrap_or_default());
        }
        let files = names
            .iter()
            .filter_map(|p| p.file_name()?.to_str().map(str::to_owned))
            .filter(|name| Self::content_type(name).is_some())
            .map(|name| (name, tokio::sync::OnceCell::new()))
            .collect();
        Self {
            pkg,
            hash: format!("{:016x}", crate::feeds::fnv1a(&all)),
            files: Arc::new(files),
        }
    }

    /// Compresses every file of the bundle in the background, so the first visitor does not
    /// wait for it (does nothing outside a Tokio runtime). It runs on its own thread at the
    /// lowest priority: the best brotli of a wasm file takes a second of CPU, which would
    /// otherwise be taken from the first pages rendered after a start.
    pub fn warm(&self) {
        let Ok(runtime) = tokio::runtime::Handle::try_current() else {
            return;
        };
        let bundle = self.clone();
        let started = std::thread::Builder::new()
            .name("bundle-warm".into())
            .spawn(move || {
                app::ssr::lower_thread_priority("compressing the bundle");
                runtime.block_on(async {
                    for (name, cell) in bundle.files.iter() {
                        let _ = cell
                            .get_or_try_init(|| async {
                                read_and_encode(&bundle.pkg, name).map(Arc::new)
                            })
                            .await;
                    }
                });
            });
        if let Err(err) = started {
            tracing::warn!(error = %err, "the bundle is compressed on first request");
        }
    }

    /// The URL prefix pages link the bundle under.
    #[must_use]
    pub fn root(&self) -> String {
        format!("/assets/{}", self.hash)
    }

    fn content_type(name: &str) -> Option<&'static str> {
        let ext = name.rsplit_once('.')?.1;
        Some(match ext {
            "css" => "text/css; charset=utf-8",
            "js" => "text/javascript; charset=utf-8",
            "wasm" => "application/wasm",
            _ => return None,
        })
    }

    /// A file of the bundle in every encoding; compressed once, however many ask at once.
    async fn load(&self, name: &str) -> Option<Arc<Asset>> {
        let cell = self.files.get(name)?;
        // A failure is not kept: the next request tries again.
        cell.get_or_try_init(|| async { self.compress(name).await.ok_or(()) })
            .await
            .ok()
            .cloned()
    }

    async fn compress(&self, name: &str) -> Option<Arc<Asset>> {
        let (pkg, owned) = (self.pkg.clone(), name.to_owned());
        let asset = tokio::task::spawn_blocking(move || read_and_encode(&pkg, &owned))
            .await
            .ok()?;
        match asset {
            Ok(asset) => Some(Arc::new(asset)),
            Err(e) => {
                tracing::error!(file = name, error = %e, "compressing a bundle file failed");
                None
            }
        }
    }
}

/// The bundle file `name` of the folder `pkg`, read and made ready in every encoding.
fn read_and_encode(pkg: &Path, name: &str) -> std::io::Result<Asset> {
    let content_type = Bundle::content_type(name)
        .ok_or_else(|| std::io::Error::other(format!("{name} is not served")))?;
    let bytes = std::fs::read(pkg.join(name))?;
    // The best brotli is slow on megabytes (a debug wasm): a notch lower there.
    let quality = if bytes.len() > 512 * 1024 { 9 } else { 11 };
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(&bytes)?;
    let gzip = gz.finish()?;
    let mut br = Vec::new();
    {
        let window = crate::page_cache::window_bits(bytes.len());
        let mut w = brotli::CompressorWriter::new(&mut br, 4096, quality, window);
        w.write_all(&bytes)?;
    }
    Ok(Asset {
        content_type,
        identity: Bytes::from(bytes),
        gzip: Bytes::from(gzip),
        br: Bytes::from(br),
    })
}

/// `/assets/{hash}/pkg/{file}`.
pub fn routes(bundle: Bundle) -> Router<app::ssr::AppState> {
    Router::new().route("/assets/{hash}/pkg/{file}", get(serve).with_state(bundle))
}

async fn serve(
    State(bundle): State<Bundle>,
    UrlPath((hash, file)): UrlPath<(String, String)>,
    headers: HeaderMap,
) -> Response {
    let Some(asset) = bundle.load(&file).await else {
        return (
            StatusCode::NOT_FOUND,
            app::t!(app::i18n::Lang::En, "file-missing"),
        )
            .into_response();
    };
    let (body, encoding) = match crate::page_cache::accepted(&headers) {
        Encoding::Br => (asset.br.clone(), Some("br")),
        Encoding::Gzip => (asset.gzip.clone(), Some("gzip")),
        Encoding::Identity => (asset.identity.clone(), None),
    };
    let mut response = Response::new(Body::from(body));
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(asset.content_type),
    );
    h.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    if let Some(e) = encoding {
        h.insert(header::CONTENT_ENCODING, HeaderValue::from_static(e));
    }
    // A page rendered before a new build links the old hash: it gets today's file, not kept.
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static(if hash == bundle.hash {
            "public, max-age=31536000, immutable"
        } else {
            "no-cache"
        }),
    );
    response
}
