//! Rendered public pages, kept per URL and served pre-compressed while the registry is unchanged.
//!
//! Every public-data write bumps one `registry_version` row in its own transaction
//! (`app::ssr::audit::record`). A cached page is served only while
//! - the version read **after the request arrived** is at most the version read before it was
//!   rendered (so a page never predates a write acknowledged before the request: exact across
//!   several app servers on one database, no invalidation messages needed),
//! - the next scheduled press release has not reached its embargo time, and
//! - the Brussels day is the one it was rendered on (feeds list what happened "up to today").
//!
//! Concurrent requests share registry reads (`SnapshotCache::read`): a read that *started* after
//! a request arrived answers it, so under load one small query serves a whole wave of requests.
//! Each page is stored as identity, gzip and brotli bytes with a validator (`ETag`), so a hit is
//! a hash-map lookup and a copy; `If-None-Match` gets a 304. Staff pages, server functions,
//! anything that sets a cookie or says `no-store`, and non-200 answers are never stored.

use std::collections::HashMap;
use std::io::Write;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use app::ssr::AppState;
use axum::{
    body::{Body, Bytes},
    extract::{Request, State},
    http::{header, HeaderMap, HeaderValue, Method, StatusCode},
    middleware::Next,
    response::{IntoResponse, Response},
};
use time::OffsetDateTime;

/// The most a cache holds (identity + gzip + brotli bytes) before the least recently used
/// half is dropped; keeps memory bounded however many distinct query strings arrive.
const CAPACITY_BYTES: usize = 8 * 1024 * 1024;
/// Bodies larger than this are passed through (large exports), never stored.
const LARGEST_BODY: usize = 2 * 1024 * 1024;

/// One stored page.
struct Page {
    version: i64,
    day: domain::date::Day,
    /// The next embargo time after rendering, when the page may change without a write.
    until: Option<OffsetDateTime>,
    headers: HeaderMap,
    etag: HeaderValue,
    identity: Bytes,
    gzip: Bytes,
    br: Bytes,
    last_used: AtomicU64,
}

impl Page {
    fn size(&self) -> usize {
        self.identity.len() + self.gzip.len() + self.br.len() + 256
    }
}

#[derive(Default)]
struct Store {
    pages: HashMap<String, Arc<Page>>,
    bytes: usize,
}

/// The per-server page cache (one per router).
#[derive(Clone)]
pub struct PageCache {
    store: Arc<Mutex<Store>>,
    tick: Arc<AtomicU64>,
    /// Renders that may run at once. A burst of requests for a page not yet stored waits here,
    /// then finds it stored by the first; staff writes never wait behind hundreds of renders,
    /// and memory stays bounded.
    renders: Arc<tokio::sync::Semaphore>,
}

impl Default for PageCache {
    fn default() -> Self {
        let cores = std::thread::available_parallelism().map_or(2, std::num::NonZeroUsize::get);
        Self {
            store: Arc::default(),
            tick: Arc::default(),
            renders: Arc::new(tokio::sync::Semaphore::new(cores * 2)),
        }
    }
}

/// Paths whose answers depend on who asks or change state: never stored.
fn never_cached(path: &str) -> bool {
    path == "/admin"
        || path.starts_with("/admin/")
        || path.starts_with("/api/")
        || path.starts_with("/pkg/")
        || path.starts_with("/assets/")
        // Stored files: already compressed formats, with their own validator and lifetime.
        || path.starts_with("/files/")
        || path.starts_with("/photos/")
        || path.starts_with("/media/logos/")
        || path == "/health"
        || path == "/charter/go"
}

/// Which stored body the client takes (`br` before `gzip`; `q=0` refuses).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Encoding {
    Br,
    Gzip,
    Identity,
}

impl Encoding {
    /// The `Content-Encoding` value of a body in this encoding (none for identity).
    fn header(self) -> Option<HeaderValue> {
        match self {
            Encoding::Br => Some(HeaderValue::from_static("br")),
            Encoding::Gzip => Some(HeaderValue::from_static("gzip")),
            Encoding::Identity => None,
        }
    }
}

pub(crate) fn accepted(headers: &HeaderMap) -> Encoding {
    let Some(value) = headers
        .get(header::ACCEPT_ENCODING)
        .and_then(|v| v.to_str().ok())
    else {
        return Encoding::Identity;
    };
    let takes = |name: &str| {
        value.split(',').any(|part| {
            let mut bits = part.split(';');
            let coding = bits.next().unwrap_or("").trim();
            let refused = bits.any(|b| {
                b.trim()
                    .strip_prefix("q=")
                    .and_then(|q| q.trim().parse::<f32>().ok())
                    .is_some_and(|q| q <= 0.0)
            });
            coding.eq_ignore_ascii_case(name) && !refused
        })
    };
    if takes("br") {
        Encoding::Br
    } else if takes("gzip") {
        Encoding::Gzip
    } else {
        Encoding::Identity
    }
}

/// True when the client already holds `page` (`crate::conditional::not_modified`).
fn not_modified(headers: &HeaderMap, page: &Page) -> bool {
    let modified = page
        .headers
        .get(header::LAST_MODIFIED)
        .and_then(|v| v.to_str().ok());
    crate::conditional::not_modified(headers, page.etag.to_str().unwrap_or(""), modified)
}

fn answer(page: &Page, request: &HeaderMap, head: bool) -> Response {
    let mut response = if not_modified(request, page) {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        let encoding = accepted(request);
        let body = match encoding {
            Encoding::Br => page.br.clone(),
            Encoding::Gzip => page.gzip.clone(),
            Encoding::Identity => page.identity.clone(),
        };
        let length = body.len();
        let mut response = if head {
            Response::new(Body::empty())
        } else {
            Response::new(Body::from(body))
        };
        let h = response.headers_mut();
        h.extend(page.headers.clone());
        if let Some(value) = encoding.header() {
            h.insert(header::CONTENT_ENCODING, value);
        }
        h.insert(header::CONTENT_LENGTH, HeaderValue::from(length));
        response
    };
    let h = response.headers_mut();
    h.insert(header::ETAG, page.etag.clone());
    h.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    if let (false, Some(cc)) = (
        h.contains_key(header::CACHE_CONTROL),
        page.headers.get(header::CACHE_CONTROL),
    ) {
        h.insert(header::CACHE_CONTROL, cc.clone());
    }
    response
}

fn gzip(bytes: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::new(9));
    encoder.write_all(bytes)?;
    encoder.finish()
}

/// Brotli's window for `len` bytes: the smallest that holds them all (10–22 bits). The encoder
/// allocates its ring buffer at the window's size, so a 20 KB page needs 32 KB, not 4 MB.
pub(crate) fn window_bits(len: usize) -> u32 {
    (usize::BITS - len.saturating_sub(1).leading_zeros()).clamp(10, 22)
}

/// Quality 5: on this site's pages it gives the bytes quality 9 gave (within 1%) in a tenth
/// of the time, with a hash table of 1 MB instead of 32 MB (measured in BENCHMARKS.md).
fn brotli(bytes: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut out = Vec::new();
    {
        let mut writer = brotli::CompressorWriter::new(&mut out, 4096, 5, window_bits(bytes.len()));
        writer.write_all(bytes)?;
    }
    Ok(out)
}

impl PageCache {
    fn get(&self, key: &str) -> Option<Arc<Page>> {
        let store = self.store.lock().ok()?;
        let page = store.pages.get(key)?.clone();
        page.last_used
            .store(self.tick.fetch_add(1, Ordering::Relaxed), Ordering::Relaxed);
        Some(page)
    }

    fn put(&self, key: String, page: Arc<Page>) {
        let Ok(mut store) = self.store.lock() else {
            return;
        };
        // A slower render of an older version never replaces a newer page.
        if store
            .pages
            .get(&key)
            .is_some_and(|p| p.version > page.version)
        {
            return;
        }
        // Pages of older versions are unlikely to be asked for again.
        let newest = page.version;
        if store.pages.values().any(|p| p.version < newest) {
            store.pages.retain(|_, p| p.version >= newest);
            store.bytes = store.pages.values().map(|p| p.size()).sum();
        }
        if store.bytes + page.size() > CAPACITY_BYTES {
            let mut ages: Vec<u64> = store
                .pages
                .values()
                .map(|p| p.last_used.load(Ordering::Relaxed))
                .collect();
            ages.sort_unstable();
            let median = ages.get(ages.len() / 2).copied().unwrap_or(0);
            store
                .pages
                .retain(|_, p| p.last_used.load(Ordering::Relaxed) > median);
            store.bytes = store.pages.values().map(|p| p.size()).sum();
        }
        store.bytes += page.size();
        if let Some(old) = store.pages.insert(key, page) {
            store.bytes = store.bytes.saturating_sub(old.size());
        }
    }

    /// How many pages are stored (for tests and logs).
    #[must_use]
    pub fn len(&self) -> usize {
        self.store.lock().map_or(0, |s| s.pages.len())
    }

    /// True when nothing is stored.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The middleware: serves a stored page when it is still exact, else renders, stores, serves.
pub async fn serve_cached(
    State(shared): State<Arc<(AppState, PageCache)>>,
    mut request: Request,
    next: Next,
) -> Response {
    let arrived = Instant::now();
    let (state, cache) = &*shared;
    let method = request.method().clone();
    if !state.cache_pages
        || !(method == Method::GET || method == Method::HEAD)
        || never_cached(request.uri().path())
    {
        return next.run(request).await;
    }
    // `/fr/x` arrives here as `x` with its language beside it: the key carries both.
    let lang = request
        .extensions()
        .get::<app::i18n::Lang>()
        .copied()
        .unwrap_or_default();
    let key = request.uri().path_and_query().map_or_else(
        || format!("{}/", lang.prefix()),
        |pq| format!("{}{}", lang.prefix(), pq.as_str()),
    );
    let now = state.clock.now();
    let Ok(read) = state.snapshots.read(&state.db, now, arrived).await else {
        return next.run(request).await; // the page itself will report the database problem
    };
    let (version, until) = (read.version, read.next_embargo);
    let day = app::ssr::newsroom::brussels_day(now).0;
    let head = method == Method::HEAD;
    // A page rendered at the version read, or a later one, holds every write acknowledged
    // before this request arrived.
    let fresh = |page: &Page| {
        page.version >= version && page.day == day && page.until.is_none_or(|t| now < t)
    };
    if let Some(page) = cache.get(&key).filter(|p| fresh(p)) {
        return answer(&page, request.headers(), head);
    }
    let Ok(_permit) = cache.renders.clone().acquire_owned().await else {
        return next.run(request).await;
    };
    // While we waited, another request may have rendered this page at the version we read.
    if let Some(page) = cache.get(&key).filter(|p| fresh(p)) {
        return answer(&page, request.headers(), head);
    }
    if head {
        return next.run(request).await;
    }
    // Render a full 200 to store: conditional and encoding headers are handled here.
    let client = request.headers().clone();
    for name in [
        header::IF_NONE_MATCH,
        header::IF_MODIFIED_SINCE,
        header::ACCEPT_ENCODING,
    ] {
        request.headers_mut().remove(name);
    }
    let response = next.run(request).await;
    let storable = response.status() == StatusCode::OK
        && !response.headers().contains_key(header::SET_COOKIE)
        && !response.headers().contains_key(header::CONTENT_ENCODING)
        && !response
            .headers()
            .get(header::CACHE_CONTROL)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.contains("no-store") || v.contains("private"));
    if !storable {
        return compressed(response, &client).await;
    }
    let (parts, body) = response.into_parts();
    let identity = match collect_small(body).await {
        Ok(bytes) => bytes,
        Err(passed_on) => return Response::from_parts(parts, passed_on),
    };
    let compressed = tokio::task::spawn_blocking({
        let identity = identity.clone();
        move || Ok::<_, std::io::Error>((gzip(&identity)?, brotli(&identity)?))
    })
    .await;
    let Ok(Ok((gz, br))) = compressed else {
        return Response::from_parts(parts, Body::from(identity));
    };
    let mut headers = parts.headers;
    headers.remove(header::CONTENT_LENGTH);
    headers.remove(header::ETAG);
    headers.remove("x-request-id");
    if !headers.contains_key(header::CACHE_CONTROL) {
        // HTML revalidates on every use (a 304 when unchanged).
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    }
    let etag = HeaderValue::from_str(&format!("\"{:016x}\"", crate::feeds::fnv1a(&identity)))
        .unwrap_or_else(|_| HeaderValue::from_static("\"0\""));
    let page = Arc::new(Page {
        version,
        day,
        until,
        headers,
        etag,
        identity,
        gzip: Bytes::from(gz),
        br: Bytes::from(br),
        last_used: AtomicU64::new(cache.tick.fetch_add(1, Ordering::Relaxed)),
    });
    let response = answer(&page, &client, false);
    cache.put(key, page);
    response
}

/// A response the cache does not keep (a 404 page, one that sets a cookie), compressed as the
/// client accepts: the layers below were asked for identity bytes, so that a page that is kept
/// is kept once in each encoding.
async fn compressed(response: Response, client: &HeaderMap) -> Response {
    let encoding = accepted(client);
    let textual = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| {
            t.starts_with("text/")
                || t.contains("xml")
                || t.contains("json")
                || t.contains("javascript")
        });
    if encoding == Encoding::Identity
        || !textual
        || response.headers().contains_key(header::CONTENT_ENCODING)
    {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let identity = match collect_small(body).await {
        Ok(bytes) => bytes,
        Err(passed_on) => return Response::from_parts(parts, passed_on),
    };
    if identity.is_empty() {
        return Response::from_parts(parts, Body::from(identity));
    }
    let packed = tokio::task::spawn_blocking({
        let identity = identity.clone();
        move || match encoding {
            Encoding::Br => brotli(&identity),
            _ => gzip(&identity),
        }
    })
    .await;
    let (Ok(Ok(packed)), Some(value)) = (packed, encoding.header()) else {
        return Response::from_parts(parts, Body::from(identity));
    };
    parts.headers.insert(header::CONTENT_ENCODING, value);
    parts.headers.remove(header::CONTENT_LENGTH);
    parts
        .headers
        .append(header::VARY, HeaderValue::from_static("accept-encoding"));
    Response::from_parts(parts, Body::from(packed))
}

/// The whole body when it is at most [`LARGEST_BODY`]; otherwise a body that re-sends what was
/// read followed by the rest, unchanged (large exports stream through, never stored).
pub(crate) async fn collect_small(body: Body) -> Result<Bytes, Body> {
    use futures_util::StreamExt;
    let mut stream = body.into_data_stream();
    let mut read: Vec<Bytes> = Vec::new();
    let mut size = 0;
    while let Some(chunk) = stream.next().await {
        let Ok(chunk) = chunk else {
            // The renderer failed mid-way: pass on what there was and the error.
            let failed = futures_util::stream::iter(read.into_iter().map(Ok).chain([chunk]));
            return Err(Body::from_stream(failed));
        };
        size += chunk.len();
        read.push(chunk);
        if size > LARGEST_BODY {
            let rest = futures_util::stream::iter(read.into_iter().map(Ok)).chain(stream);
            return Err(Body::from_stream(rest));
        }
    }
    Ok(Bytes::from(read.concat()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with(value: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(
            header::ACCEPT_ENCODING,
            HeaderValue::from_str(value).expect("header"),
        );
        h
    }

    #[test]
    fn encodings_are_chosen_from_accept_encoding() {
        assert_eq!(accepted(&with("gzip, deflate, br, zstd")), Encoding::Br);
        assert_eq!(accepted(&with("gzip")), Encoding::Gzip);
        assert_eq!(accepted(&with("br;q=0, gzip;q=0.5")), Encoding::Gzip);
        assert_eq!(accepted(&with("identity")), Encoding::Identity);
        assert_eq!(accepted(&HeaderMap::new()), Encoding::Identity);
    }

    #[test]
    fn weak_and_strong_validators_match() {
        let mut page_headers = HeaderMap::new();
        page_headers.insert(
            header::LAST_MODIFIED,
            HeaderValue::from_static("Tue, 24 Nov 2026 10:00:00 GMT"),
        );
        let page = Page {
            version: 1,
            day: domain::date::Day {
                year: 2026,
                month: 11,
                day: 24,
            },
            until: None,
            headers: page_headers,
            etag: HeaderValue::from_static("\"abc\""),
            identity: Bytes::new(),
            gzip: Bytes::new(),
            br: Bytes::new(),
            last_used: AtomicU64::new(0),
        };
        let asking = |name, value| {
            let mut h = HeaderMap::new();
            h.insert(name, HeaderValue::from_static(value));
            not_modified(&h, &page)
        };
        assert!(asking(header::IF_NONE_MATCH, "W/\"abc\""));
        assert!(asking(header::IF_NONE_MATCH, "\"xyz\", \"abc\""));
        assert!(!asking(header::IF_NONE_MATCH, "\"xyz\""));
        assert!(asking(
            header::IF_MODIFIED_SINCE,
            "Tue, 24 Nov 2026 10:00:00 GMT"
        ));
        assert!(!asking(
            header::IF_MODIFIED_SINCE,
            "Mon, 23 Nov 2026 10:00:00 GMT"
        ));
        assert!(!not_modified(&HeaderMap::new(), &page));
    }

    #[test]
    fn the_window_holds_the_whole_body() {
        assert_eq!(window_bits(0), 10);
        assert_eq!(window_bits(1024), 10);
        assert_eq!(window_bits(1025), 11);
        assert_eq!(window_bits(20_000), 15);
        assert_eq!(window_bits(1 << 22), 22);
        assert_eq!(window_bits(50 << 20), 22);
        for len in [1, 1000, 5000, 70_000, 1 << 20] {
            assert!(len <= 1 << window_bits(len), "{len}");
        }
    }

    #[test]
    fn compressed_bodies_decode_to_the_page() {
        use std::io::Read;
        let page = "<!doctype html><p>Paris</p>".repeat(50);
        let gz = gzip(page.as_bytes()).expect("gzip");
        let mut back = String::new();
        flate2::read::GzDecoder::new(gz.as_slice())
            .read_to_string(&mut back)
            .expect("gunzip");
        assert_eq!(back, page);
        let br = brotli(page.as_bytes()).expect("brotli");
        let mut back = String::new();
        brotli::Decompressor::new(br.as_slice(), 4096)
            .read_to_string(&mut back)
            .expect("unbrotli");
        assert_eq!(back, page);
        assert!(br.len() < page.len() / 10);
    }
}
